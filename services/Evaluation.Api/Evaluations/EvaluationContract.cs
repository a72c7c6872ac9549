using CarbonPlatform.Evaluation.Engine.Results;
using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Evaluation.Evaluations;

/// <summary>
/// Evaluate the park's current inventory of a year against a scheme. indicators and management map an item's code to its
/// value (a number, true/false, or for an indicator an exclusion {"excluded": true, "reason": "…"}); management items the
/// ledger measures (P2, P3, L1, L3, L4) are computed whatever is declared.
/// </summary>
public sealed record EvaluationRequest(int Year, string Scheme, int? SchemeVersion, IReadOnlyDictionary<string, object>? Indicators,
    IReadOnlyDictionary<string, object>? Management);

/// <summary>A stateless evaluation: an inventory as a calculation request (the body of POST /calculations), and the values as for a stored evaluation.</summary>
public sealed record EvaluationPreviewRequest(string Scheme, int? SchemeVersion, IReadOnlyDictionary<string, object> Inventory,
    IReadOnlyDictionary<string, object>? Indicators, IReadOnlyDictionary<string, object>? Management);

/// <summary>The evaluation just stored; rerunOf names the evaluation it re-ran.</summary>
public sealed record CreatedEvaluation(Guid Id, Guid? RerunOf = null);

/// <summary>The inventory version that made an evaluation stale, and the factor release it was computed on.</summary>
public sealed record NewerInventory(int Version, string? FactorRelease);

/// <summary>Why a stored evaluation is stale: newer data on the same release, or an inventory computed on another release.</summary>
public enum StaleReason { Inventory, FactorRelease }

/// <summary>
/// A stored evaluation: the engine's result (grade or pass/fail, every indicator and management item, what the next grade
/// needs) and what it pins: the inventory version and factor release, whether it is stale, the application holding it.
/// </summary>
public sealed record StoredEvaluationView(
    Guid Id, Guid ParkId, string Scheme, int SchemeVersion, SchemeStatus SchemeStatus, string? Notice, string? NoticeZh, string? NoticeEn,
    string Method, int Year, string? Grade, bool? Passed, decimal? ManagementScore, IReadOnlyList<IndicatorOutcome> Indicators,
    IReadOnlyList<ManagementItemOutcome>? Management, NextGrade? NextGrade, int CertificateValidityYears,
    int InventoryVersion, string FactorRelease, bool Stale, StaleReason? StaleReason, NewerInventory? NewerInventory, Guid? LockedByApplicationId,
    IReadOnlyDictionary<string, object>? LedgerFacts, Guid? RerunOf, DateTime CreatedAt);

/// <summary>The latest result of one park, year and scheme, for the side-by-side overview.</summary>
public sealed record ParkResult(Guid ParkId, string ParkName, string RegionCode, int Year, string Scheme, string SchemeStatus, string? Grade, bool? Passed,
    double? ManagementScore, double? Ratio12, double? Ratio123, double? Intensity, EvaluationStatus Status, Guid EvaluationId, int InventoryVersion,
    string FactorRelease, DateTime CreatedAt, double? Emissions, double? Neutralisation, ParkCertification Certification);

/// <summary>Where certification of a park-year stands: none, an application pending, certified, or certified and reopened for correction.</summary>
public enum ParkCertification { None, Pending, Certified, Reopened, Suspended, Revoked }

/// <summary>Whether an evaluation still rests on the park's current inventory.</summary>
public enum EvaluationStatus { Current, Stale }
