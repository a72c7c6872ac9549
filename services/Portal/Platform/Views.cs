using System.Text.Json;

namespace CarbonPlatform.Portal.Platform;

// The parts of the API's answers the portal shows; field names are those of the public v1 API.

public sealed record LocalText(string Zh, string En);

public sealed record ParkView(Guid Id, string Name, string RegionCode, Guid OperatorOrganizationId, string Stage);

public sealed record OrganizationView(Guid Id, string Name, string Kind, string? RegionCode);

public sealed record InventoryTotals(double? Scope1, double? Scope2Location, double? Scope2Market, double? Scope3, double? GrossLocation,
    double? GrossMarket, double? Neutralisation, double? Net, double? Ratio12, double? Ratio123, double? Intensity);

/// <summary>The park's totals without a line (what an enterprise its operator granted them reads).</summary>
public sealed record ParkTotalsView(int Year, string Method, int Version, string Status, InventoryTotals Totals);

public sealed record LineInput(string Name, JsonElement Value, string? Unit, string? Origin, string? Status);

public sealed record InventoryLine(string Id, string Kind, int? Scope, double Co2e, bool Excluded, string? Formula,
    List<LineInput> Inputs, List<string>? Flags);

public sealed record InventoryView(int Version, string Status, string Method, int Year, string? FactorRelease,
    InventoryTotals Totals, List<InventoryLine> Lines);

public sealed record LedgerEntry(long Sequence, int Year, int? Month, string LineId, string Channel, string RecordedBy,
    DateTime RecordedAt, JsonElement Values, long? Supersedes, string? Reason, bool Superseded, long? SupersededBy, string Hash);


public sealed record LedgerVerification(bool Intact, int EntriesChecked, JsonElement FirstMismatch, DateTime CheckedAt);

public sealed record IndicatorView(string Code, LocalText? Name, JsonElement Value, JsonElement Threshold, string? ThresholdGrade,
    string? Comparison, string Outcome, string? ExplanationZh, string? ExplanationEn);

public sealed record NextGradeStep(string Kind, string? Indicator, double? Current, double? Target, double? Amount, string? Unit, LocalText? Text);

public sealed record NextGradeView(string Grade, List<string> Missing, List<NextGradeStep>? Steps);

public sealed record EvaluationView(Guid Id, Guid ParkId, string Scheme, int SchemeVersion, string SchemeStatus, string? Method, string? NoticeZh, string? NoticeEn,
    int Year, string? Grade, bool? Passed, double? ManagementScore, int InventoryVersion, string? FactorRelease, DateTime CreatedAt,
    List<IndicatorView> Indicators, NextGradeView? NextGrade, Guid? LockedByApplicationId, bool Stale, List<ManagementItemView>? Management = null);

/// <summary>A management item as evaluated: its value (computed by the platform or declared) and the points it earned.</summary>
public sealed record ManagementItemView(string Code, LocalText? Name, JsonElement Value, string? Provenance, double Weight, double Score);

public sealed record DecisionView(string Decision, string? Comment, string? DecidedBy, DateTime DecidedAt);

public sealed record ApplicationView(Guid Id, Guid ParkId, string ParkName, Guid EvaluationId, Guid CertificationBodyId, string Status,
    int Year, string Scheme, string? Grade, bool? Passed, int InventoryVersion, string? FactorRelease, string? CertificateNumber,
    DateTime SubmittedAt, DateTime UpdatedAt, List<DecisionView> Decisions);

public sealed record ParkResult(Guid ParkId, string ParkName, string RegionCode, int Year, string Scheme, string? Grade, bool? Passed,
    double? Ratio12, double? Ratio123, double? Intensity, string Status, Guid EvaluationId, string? Certification = null);

/// <summary>GET /park-results/distribution, as far as the region page reads it.</summary>
public sealed record GradeDistribution(string RegionCode, GradeFigures Total, List<ChildRegionFigures> Children);

public sealed record GradeFigures(int Parks, Dictionary<string, int> Grades, int Passed, int Stale, double Emissions, double Neutralisation);

public sealed record ChildRegionFigures(string RegionCode, GradeFigures Figures);

public sealed record CertificateView(string Number, string ParkName, string? Grade, string Status, DateOnly? ValidFrom, DateOnly? ValidTo);

public sealed record ManagementItem(string Code, LocalText Name, string Kind, bool Computable);

public sealed record SchemeManagement(List<ManagementItem> Items);

public sealed record SchemeView(string Id, int Version, string Status, LocalText Name, SchemeManagement Management);

public sealed record SerialRangeView(string Prefix, long First, long Last);

public sealed record AllocationView(Guid Id, int Year, double Quantity);

public sealed record InstrumentView(Guid Id, string Kind, SerialRangeView? Serials, string? CertificateNumber, int Vintage, double Quantity, string Unit,
    double Allocated, string Status, List<AllocationView> Allocations);

public sealed record DeviceItemView(Guid Id, Guid SourceId, string MeterId, string Unit, int IntervalMinutes, double Multiplier, double? JumpBound,
    string Status, DateTime? LastReadingAt, int OpenFlags, int RefusedPayloads = 0);

public sealed record DeviceFlagView(string Kind, DateTime Since, DateTime At, double? Quantity, string Message);

public sealed record DeviceFlagsView(Guid DeviceId, List<DeviceFlagView> Flags);

public sealed record SourceQualityView(Guid SourceId, double Coverage, double Timeliness, double Evidence, double Score);

public sealed record ParkQualityView(double Coverage, double Timeliness, double Evidence, double Score, List<SourceQualityView> Sources);

public sealed record SubmittedLineView(string Id, string Kind, double Quantity, string Unit, string? SourceId, double? Tco2e);

/// <summary>A batch or correction kept for approval (GET …/activity-records?status=…, its submissions).</summary>
public sealed record SubmissionView(Guid BatchId, int Year, string Status, string Channel, string SubmittedBy, DateTime SubmittedAt, int LineCount,
    double? PreviewTco2e, List<SubmittedLineView> Lines, string? DecidedBy, DateTime? DecidedAt, string? Reason, string Kind, string? Corrects,
    string? CorrectionReason);

public sealed record SubmissionPage(List<SubmissionView>? Submissions, string? NextCursor);

/// <summary>One batch of a decision on several: its new status, or why it was left as it was.</summary>
public sealed record ApprovalItemView(Guid BatchId, string? Status, int? RefusedWith, string? Code, string? Message);

public sealed record SourceView(Guid Id, Guid EnterpriseId, string Name, string Kind, string Unit, bool Metered);
