using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Evaluation.Engine.Schemes.Validation;

/// <summary>Collects the errors of one definition.</summary>
internal sealed class DefinitionErrors
{
    private readonly List<InputError> _errors = [];

    public IReadOnlyList<InputError> All => _errors;

    public void Add(string field, string code, string message) => _errors.Add(InputError.For(field, code, message));

    public void RequireText(BilingualText? text, string field, string what)
    {
        if (text is null || string.IsNullOrWhiteSpace(text.Zh) || string.IsNullOrWhiteSpace(text.En))
        {
            Add(field, "missing", $"{what} needs a name in Chinese (zh) and in English (en).");
        }
    }
}
