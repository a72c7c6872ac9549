namespace CarbonPlatform.Contracts.AccessLog;

/// <summary>
/// Successful reads of parks' data in one service, sent in batches (not one event per request) for the park registry's
/// access log, which each park's operator reads.
/// </summary>
public sealed record ParkDataRead(string Service, IReadOnlyList<ParkDataReadEntry> Reads);

/// <summary>
/// One read: the caller (token subject, client, organisation and its kind), the route template it used (never the raw
/// URL, whose query may carry anything) and when.
/// </summary>
public sealed record ParkDataReadEntry(Guid ParkId, string Subject, string? ClientId, Guid? OrganizationId, string OrganizationKind,
    string Route, DateTimeOffset ReadAt);
