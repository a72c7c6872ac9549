namespace CarbonPlatform.Evaluation.Engine.Common;

/// <summary>
/// One item of a problem-details <c>errors</c> array (api-v1.md): the activity line where there is one
/// (always null in this library), the field, a stable kebab-case code and a readable message.
/// </summary>
public sealed record InputError(string? Line, string Field, string Code, string Message)
{
    public static InputError For(string field, string code, string message) => new(null, field, code, message);
}
