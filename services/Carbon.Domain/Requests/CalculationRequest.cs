namespace CarbonPlatform.Domain.Requests;

/// <summary>The body of <c>POST /api/v1/calculations</c> (api-v1.md). Fields are nullable so a
/// request read from JSON can be checked as a whole; the calculator reports what is missing.</summary>
public sealed record CalculationRequest
{
    public string? Method { get; init; }
    public int? Year { get; init; }
    /// <summary>GB/T 2260 code of the park's region; the province is its first two digits.</summary>
    public string? RegionCode { get; init; }
    public string? GwpSet { get; init; }
    /// <summary><c>national</c> (default), <c>regional</c> or <c>provincial</c>.</summary>
    public string? ElectricityFactorLevel { get; init; }
    public string? GridRegion { get; init; }
    public int? ElectricityFactorVintage { get; init; }
    /// <summary>k_elec in kgce/kWh (ndrc-910-2025).</summary>
    public double? ElectricityEquivalentCoefficient { get; init; }
    public string? FactorRelease { get; init; }
    public IReadOnlyList<ActivityLine> Lines { get; init; } = [];
}
