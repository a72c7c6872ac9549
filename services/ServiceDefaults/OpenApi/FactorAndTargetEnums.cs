using System.ComponentModel;

namespace CarbonPlatform.ServiceDefaults.OpenApi;

/// <summary>The categories of a factor release (Accounting.Engine's FactorCategories), as the API writes them.</summary>
[Description("A factor's category: electricity (grid-average and residual-mix factors), fuel, carbonate, gwp, method (method parameters) or grid-region.")]
public enum FactorCategory { Electricity, Fuel, Carbonate, Gwp, Method, GridRegion }

/// <summary>How sure a factor's value is (Accounting.Engine's FactorStatuses).</summary>
[Description("How sure a factor's value is: confirmed (from its source), unverified (not yet checked against it), inferred (derived from other factors) or provisional.")]
public enum FactorStatus { Confirmed, Unverified, Inferred, Provisional }

/// <summary>The grade a pathway target asks for: a grade of the ladder, or pass for a pass-or-fail scheme.</summary>
[Description("The grade a target asks for: AAA, AA, A, B or C (one of the scheme's grades), or pass (or left out) for a pass-or-fail scheme.")]
public enum TargetGrade
{
    [System.Text.Json.Serialization.JsonStringEnumMemberName("AAA")] Aaa,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("AA")] Aa,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("A")] A,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("B")] B,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("C")] C,
    Pass,
}
