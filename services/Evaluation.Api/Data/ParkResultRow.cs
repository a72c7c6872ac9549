namespace CarbonPlatform.Evaluation.Data;

/// <summary>
/// The regional overview's read model: one row per park, year and scheme, holding the newest evaluation's figures. Kept by
/// <see cref="Overview.ParkResultProjection"/> from events, and rebuildable from <see cref="StoredEvaluation"/> at any time.
/// </summary>
public sealed class ParkResultRow
{
    public Guid ParkId { get; set; }
    public int Year { get; set; }
    public required string Scheme { get; set; }
    public Guid OperatorOrganizationId { get; set; }
    public required string ParkName { get; set; }
    public required string ParkRegionCode { get; set; }
    /// <summary>The region code's first two digits: a province's parks are an equality an index serves, not a LIKE.</summary>
    public required string ProvinceCode { get; set; }
    /// <summary>The region code's first four digits: a prefecture's parks, as for <see cref="ProvinceCode"/>.</summary>
    public required string PrefectureCode { get; set; }
    /// <summary>The evaluation the row shows: the newest by (EvaluatedAt, EvaluationId); an older one never overwrites it.</summary>
    public Guid EvaluationId { get; set; }
    public DateTime EvaluatedAt { get; set; }
    public required string Method { get; set; }
    public required string SchemeStatus { get; set; }
    public string? Grade { get; set; }
    /// <summary>AAA = 5 … C = 1, none = 0, times ten, plus one when passed: the grade order in one sortable column.</summary>
    public int GradeRank { get; set; }
    public bool? Passed { get; set; }
    public double? ManagementScore { get; set; }
    public double? Ratio12 { get; set; }
    public double? Ratio123 { get; set; }
    public double? Intensity { get; set; }
    /// <summary>Gross emissions (cers-2025, market-based) or CO2 (ndrc-910-2025), t; what a region sums.</summary>
    public double? Emissions { get; set; }
    public double? Neutralisation { get; set; }
    public int InventoryVersion { get; set; }
    public required string FactorRelease { get; set; }
    /// <summary>The newest inventory version heard of for the park-year and method; only ever raised.</summary>
    public int NewestInventoryVersion { get; set; }
    public string? NewestFactorRelease { get; set; }
    /// <summary>Where certification of the park-year stands (none, pending, certified, reopened), from its hold facts.</summary>
    public required string Certification { get; set; }
    /// <summary>How many hold facts <see cref="Certification"/> was derived from; facts are only ever added, so more is newer.</summary>
    public int CertificationFacts { get; set; }
}
