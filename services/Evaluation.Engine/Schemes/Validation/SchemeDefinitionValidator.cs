using System.Text.RegularExpressions;
using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Inputs;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Evaluation.Engine.Schemes.Validation;

/// <summary>
/// Refuses a scheme definition that cannot be evaluated soundly, with one error per problem naming
/// the field (<c>indicators[2].threshold</c>). An empty list means the definition is valid.
/// </summary>
public static partial class SchemeDefinitionValidator
{
    public const int MaxCertificateValidityYears = 10;

    public static IReadOnlyList<InputError> Validate(SchemeDefinition scheme)
    {
        var errors = new DefinitionErrors();
        CheckHeader(scheme, errors);
        IndicatorChecks.Check(scheme, errors);
        ManagementChecks.Check(scheme, errors);
        GradeChecks.Check(scheme, errors);
        return errors.All;
    }

    public static bool IsValid(SchemeDefinition scheme) => Validate(scheme).Count == 0;

    private static void CheckHeader(SchemeDefinition scheme, DefinitionErrors errors)
    {
        if (string.IsNullOrWhiteSpace(scheme.Id))
        {
            errors.Add("id", "missing", "The scheme has no id.");
        }
        else if (!KebabId().IsMatch(scheme.Id))
        {
            errors.Add("id", "invalid-id", $"The id '{scheme.Id}' must be kebab-case: lower-case letters and digits separated by single hyphens.");
        }

        if (scheme.Version < 1)
        {
            errors.Add("version", "invalid-version", "The version must be a whole number from 1.");
        }

        errors.RequireText(scheme.Name, "name", "The scheme");
        if (string.IsNullOrWhiteSpace(scheme.Method))
        {
            errors.Add("method", "missing", "The scheme names no accounting method.");
        }
        else if (!AccountingMethods.IsKnown(scheme.Method))
        {
            errors.Add("method", "unknown-method", $"Unknown accounting method '{scheme.Method}' (known: {string.Join(", ", AccountingMethods.All)}).");
        }

        if (scheme.Status is null)
        {
            errors.Add("status", "missing", "The scheme has no status (official, secondary-source or provisional).");
        }

        if (string.IsNullOrWhiteSpace(scheme.Source))
        {
            errors.Add("source", "missing", "The scheme does not say where its numbers come from.");
        }

        if (scheme.Result is null)
        {
            errors.Add("result", "missing", "The scheme does not say whether it produces pass-fail or grades.");
        }

        if (scheme.CertificateValidityYears is < 1 or > MaxCertificateValidityYears)
        {
            errors.Add("certificateValidityYears", "out-of-range", $"Certificate validity must be 1 to {MaxCertificateValidityYears} years.");
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabId();
}
