namespace CarbonPlatform.Certification.Documents;

/// <summary>
/// What an evaluation report PDF shows: a stored evaluation result (see <see cref="FromResultJson"/>)
/// with the park and lineage it belongs to. Value and threshold texts are ready to print.
/// </summary>
public sealed partial record EvaluationReportModel
{
    public required string ParkName { get; init; }
    public required string ParkRegionCode { get; init; }
    public required int Year { get; init; }
    public required string Scheme { get; init; }
    public required int SchemeVersion { get; init; }
    public required string SchemeStatus { get; init; }

    /// <summary>Null when the scheme is official.</summary>
    public string? NoticeZh { get; init; }
    public string? NoticeEn { get; init; }
    public required string Method { get; init; }
    public string? Grade { get; init; }
    public bool? Passed { get; init; }
    public decimal? ManagementScore { get; init; }
    public required int InventoryVersion { get; init; }
    public required string FactorRelease { get; init; }
    public required Guid EvaluationId { get; init; }
    public required DateTimeOffset EvaluatedAt { get; init; }
    public required IReadOnlyList<IndicatorLine> Indicators { get; init; }
    public IReadOnlyList<ManagementLine> Management { get; init; } = [];

    /// <summary>Null at the top grade and for schemes without grades.</summary>
    public NextGradeGap? NextGrade { get; init; }

    /// <summary>With a certificate the report shows its number, verification URL and QR code.</summary>
    public string? CertificateNumber { get; init; }
    public string? VerificationUrl { get; init; }
}

public enum IndicatorOutcome
{
    Met,
    NotMet,
    Excluded,
    NotApplicable,
}

public enum ValueProvenance
{
    Computed,
    Declared,
}

/// <param name="ValueText">The value without its unit ("0.5400", "是 · yes"), or "—" when missing or excluded.</param>
/// <param name="ThresholdText">The comparison and threshold, e.g. "≥ 0.60 (B)", or "—" when none applies.</param>
public sealed record IndicatorLine(
    string Code, string NameZh, string NameEn, string ValueText, string ThresholdText, string? Unit,
    IndicatorOutcome Outcome, string ExplanationZh, string ExplanationEn);

public sealed record ManagementLine(
    string Code, string NameZh, string NameEn, string ValueText, ValueProvenance? Provenance, decimal Score, decimal Weight);

/// <param name="Missing">Each unmet condition of <paramref name="Grade"/> as one "中文 / English" sentence.</param>
public sealed record NextGradeGap(string Grade, IReadOnlyList<string> Missing);

/// <summary>What the stored result JSON does not hold: the park and the evaluation's lineage.</summary>
public sealed record EvaluationReportContext(
    string ParkName,
    string ParkRegionCode,
    int InventoryVersion,
    string FactorRelease,
    Guid EvaluationId,
    DateTimeOffset EvaluatedAt,
    string? CertificateNumber = null,
    string? VerificationUrl = null);
