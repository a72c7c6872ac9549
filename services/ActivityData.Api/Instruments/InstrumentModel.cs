namespace CarbonPlatform.ActivityData.Instruments;

public static class InstrumentModel
{
    public static ModelBuilder AddInstruments(this ModelBuilder model, bool npgsql)
    {
        model.Entity<Instrument>(e =>
        {
            e.ToTable("Instruments");
            e.Property(x => x.CertificateNumber).HasMaxLength(100);
            e.Property(x => x.GenerationFrom).HasMaxLength(7);
            e.Property(x => x.GenerationTo).HasMaxLength(7);
            e.Property(x => x.Unit).HasMaxLength(10);
            e.HasIndex(x => new { x.Kind, x.Prefix, x.First });
            e.HasIndex(x => new { x.ParkId, x.RegisteredAt });
        });
        model.Entity<InstrumentAllocation>(e =>
        {
            e.ToTable("InstrumentAllocations");
            e.HasIndex(x => x.InstrumentId);
            e.HasOne<Instrument>().WithMany().HasForeignKey(x => x.InstrumentId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<SerialSpace>(e =>
        {
            e.ToTable("SerialSpaces");
            e.HasKey(x => new { x.Kind, x.Prefix });
        });
        // A recorded line refers to an allocation it alone uses: two batches cannot both spend it, on any replica.
        model.Entity<ActivityRecord>().HasIndex(x => x.AllocationId).IsUnique()
            .HasFilter(npgsql ? "\"AllocationId\" IS NOT NULL" : "[AllocationId] IS NOT NULL");
        return model;
    }
}
