using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Evaluation.Engine.Results;

/// <summary>
/// The result of evaluating one inventory against one scheme version, in the shape of the
/// preview response of api-v1.md (plus the fields the contract leaves to the project).
/// Every human text is given as <c>explanation</c> = "中文 / English", and separately as
/// <c>explanationZh</c> and <c>explanationEn</c>; likewise <c>notice</c>.
/// </summary>
public sealed record EvaluationResult
{
    public required string Scheme { get; init; }

    public required int SchemeVersion { get; init; }

    public required SchemeStatus SchemeStatus { get; init; }

    /// <summary>Null for an official scheme; otherwise says that the thresholds are provisional or second-hand.</summary>
    public string? Notice { get; init; }

    public string? NoticeZh { get; init; }

    public string? NoticeEn { get; init; }

    public required string Method { get; init; }

    public required int Year { get; init; }

    /// <summary>AAA…C, or null: no grade reached, or a scheme without grades.</summary>
    public string? Grade { get; init; }

    /// <summary>True/false for a pass-fail scheme (910 family); null for a graded scheme.</summary>
    public bool? Passed { get; init; }

    /// <summary>M rounded to 2 decimals; null for a scheme without a management score.</summary>
    public decimal? ManagementScore { get; init; }

    public required IReadOnlyList<IndicatorOutcome> Indicators { get; init; }

    /// <summary>Each management item's value, whether computed or declared, and its score; null without management.</summary>
    public IReadOnlyList<ManagementItemOutcome>? Management { get; init; }

    /// <summary>What is missing for the next grade up; null at the top grade and for schemes without grades.</summary>
    public NextGrade? NextGrade { get; init; }

    public int CertificateValidityYears { get; init; }
}
