namespace CarbonPlatform.ActivityData.Data;

/// <summary>
/// One meter reading: the quantity a metered emission source used in the interval ending at <see cref="ReadAt"/>.
/// Readings are aggregated to one activity line per source and month (the ledger entry of that line carries their
/// count and digest, so a reading changed in the database breaks the entry's check); accounting sees the monthly lines.
/// </summary>
public sealed class MeterReading
{
    public long Id { get; set; }
    public Guid SourceId { get; set; }
    /// <summary>The park's local time, as the meter stamped it.</summary>
    public DateTime ReadAt { get; set; }
    public double Quantity { get; set; }
    /// <summary>For a source that burns more than one fuel: which one (the file's optional fuel column).</summary>
    public string? Fuel { get; set; }
    /// <summary>The activity batch (one per import) whose monthly lines the reading is summed into.</summary>
    public Guid BatchId { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
}
