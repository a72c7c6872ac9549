namespace CarbonPlatform.ActivityData.Instruments;

/// <summary>
/// A holding of environmental instruments in a park's register: green certificates (绿证), a green power trade (绿电交易)
/// or credits (CCER and others). Its serials are a range (prefix + first..last) or one certificate number. Every
/// allocation adds to <see cref="Allocated"/> under the version token, so two writers cannot both spend the same quantity.
/// </summary>
public sealed class Instrument : IVersioned
{
    public Guid Id { get; set; }
    public Guid ParkId { get; set; }
    public Guid OwnerOrganizationId { get; set; }
    public required string Kind { get; set; }
    /// <summary>The serial space the instrument lives in (<see cref="SerialSpace"/>): its range prefix or its certificate number.</summary>
    public required string Prefix { get; set; }
    public long First { get; set; }
    public long Last { get; set; }
    public string? CertificateNumber { get; set; }
    public int Vintage { get; set; }
    public string? GenerationFrom { get; set; }
    public string? GenerationTo { get; set; }
    public double Quantity { get; set; }
    public required string Unit { get; set; }
    public double Allocated { get; set; }
    public required string Status { get; set; }
    public Guid? EvidenceId { get; set; }
    public string? ClosedBy { get; set; }
    public DateTime? ClosedAt { get; set; }
    public string? CancellationReason { get; set; }
    public required string RegisteredBy { get; set; }
    public DateTime RegisteredAt { get; set; }
    public Guid Version { get; set; }
}

/// <summary>Part of an instrument's quantity set against one park-year; one recorded line at most refers to it.</summary>
public sealed class InstrumentAllocation
{
    public Guid Id { get; set; }
    public Guid InstrumentId { get; set; }
    public Guid ParkId { get; set; }
    public int Year { get; set; }
    public double Quantity { get; set; }
    public required string AllocatedBy { get; set; }
    public DateTime AllocatedAt { get; set; }
}

/// <summary>
/// One row per (kind, prefix) that every registration in that space updates (or inserts): registrations of overlapping
/// ranges, on any replica, serialise on it, so the overlap check before it cannot be raced.
/// </summary>
public sealed class SerialSpace : IVersioned
{
    public required string Kind { get; set; }
    public required string Prefix { get; set; }
    public int Holdings { get; set; }
    public Guid Version { get; set; }
}

public static class InstrumentStatuses
{
    public const string Held = "held";
    public const string Allocated = "allocated";
    public const string Retired = "retired";
    public const string Cancelled = "cancelled";
}
