using CarbonPlatform.Evaluation.Engine.Schemes;
using CarbonPlatform.Evaluation.Engine.Schemes.Validation;

namespace CarbonPlatform.Evaluation.Engine.Tests.Support;

/// <summary>Shipped definitions to alter, and the check that exactly one error names a field.</summary>
internal static class Definitions
{
    public static readonly SchemeDefinition CersScheme = SchemeCatalog.BuiltIn.Get("cers-2025-provisional");
    public static readonly SchemeDefinition NationalScheme = SchemeCatalog.BuiltIn.Get("ndrc-910-2025");

    public static void AssertSingleError(SchemeDefinition scheme, string field, string code)
    {
        var errors = SchemeDefinitionValidator.Validate(scheme);
        var error = Assert.Single(errors);
        Assert.Equal((field, code), (error.Field, error.Code));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.Null(error.Line);
    }

    public static IReadOnlyList<IndicatorDefinition> Replace(
        IReadOnlyList<IndicatorDefinition> indicators, string code, Func<IndicatorDefinition, IndicatorDefinition> change) =>
        indicators.Select(i => i.Code == code ? change(i) : i).ToList();
}
