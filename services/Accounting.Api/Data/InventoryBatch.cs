namespace CarbonPlatform.Accounting.Data;

/// <summary>
/// A batch the inventories of a park, year and method folded in, from the first version that did to the last one
/// (null while the latest still does): one row per batch, not one list per version, so membership grows with batches.
/// A version's batches are those whose span covers it, in (<see cref="FirstVersion"/>, <see cref="Ordinal"/>) order.
/// </summary>
public sealed class InventoryBatch
{
    public long Id { get; set; }
    public Guid ParkId { get; set; }
    public int Year { get; set; }
    public required string Method { get; set; }
    public required string BatchId { get; set; }
    public int FirstVersion { get; set; }
    public int? LastVersion { get; set; }
    /// <summary>Its place among the batches of <see cref="FirstVersion"/>: recording order.</summary>
    public int Ordinal { get; set; }
}
