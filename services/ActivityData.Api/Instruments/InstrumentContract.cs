namespace CarbonPlatform.ActivityData.Instruments;

/// <summary>
/// An instrument to register: kind (green-certificate, green-power-trade, CCER, CEA, VCS, GS, other), either a serial range
/// (one serial per MWh or tCO2e, so quantity is the range's count) or one certificateNumber (a certificate's or a trade's
/// number), vintage (year), for electricity its generation period (generationFrom/To as YYYY-MM), and quantity.
/// </summary>
public sealed record InstrumentRequest(string Kind, int Vintage, double Quantity, SerialRange? Serials = null, string? CertificateNumber = null,
    string? GenerationFrom = null, string? GenerationTo = null);

/// <summary>Serials prefix + first..last, both ends included.</summary>
public sealed record SerialRange(string Prefix, long First, long Last);

/// <summary>Sets quantity (in the instrument's unit) of an instrument against the park's year.</summary>
public sealed record AllocationRequest(int Year, double Quantity);

/// <summary>Retires (核销) the instrument: the evidence file (of the park) that shows the retirement.</summary>
public sealed record RetirementRequest(Guid EvidenceId);

/// <summary>Cancels a held instrument, with the reason.</summary>
public sealed record CancellationRequest(string Reason);

public sealed record AllocationView(Guid Id, int Year, double Quantity, string AllocatedBy, DateTime AllocatedAt);

/// <summary>An instrument of the register; available is what is left to allocate; status held, allocated, retired or cancelled.</summary>
public sealed record InstrumentView(Guid Id, string Kind, SerialRange? Serials, string? CertificateNumber, int Vintage, string? GenerationFrom,
    string? GenerationTo, double Quantity, string Unit, double Allocated, double Available, string Status, Guid OwnerOrganizationId,
    Guid? EvidenceId, string? CancellationReason, string? ClosedBy, DateTime? ClosedAt, string RegisteredBy, DateTime RegisteredAt,
    IReadOnlyList<AllocationView> Allocations);

public sealed record InstrumentList(Guid ParkId, IReadOnlyList<InstrumentView> Items, string? NextCursor);
