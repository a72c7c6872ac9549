namespace CarbonPlatform.ActivityData.Instruments;

public static class InstrumentViews
{
    public static InstrumentView Of(Instrument i, IEnumerable<InstrumentAllocation> allocations) => new(i.Id, i.Kind,
        i.CertificateNumber is null ? new SerialRange(i.Prefix, i.First, i.Last) : null, i.CertificateNumber, i.Vintage, i.GenerationFrom,
        i.GenerationTo, i.Quantity, i.Unit, i.Allocated, i.Status is InstrumentStatuses.Held or InstrumentStatuses.Allocated ? i.Quantity - i.Allocated : 0,
        i.Status, i.OwnerOrganizationId, i.EvidenceId, i.CancellationReason, i.ClosedBy, Utc(i.ClosedAt), i.RegisteredBy, Utc(i.RegisteredAt)!.Value,
        allocations.OrderBy(a => a.AllocatedAt).Select(Of).ToList());

    public static AllocationView Of(InstrumentAllocation a) => new(a.Id, a.Year, a.Quantity, a.AllocatedBy, Utc(a.AllocatedAt)!.Value);

    private static DateTime? Utc(DateTime? at) => at is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : null;
}
