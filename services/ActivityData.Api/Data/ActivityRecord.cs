namespace CarbonPlatform.ActivityData.Data;

/// <summary>One activity line as recorded for a park and year (the fields of shared/domain/accounting.md).</summary>
public sealed class ActivityRecord
{
    public long Id { get; set; }
    public Guid ParkId { get; set; }
    public int Year { get; set; }
    public Guid BatchId { get; set; }
    public DateTime RecordedAt { get; set; }
    /// <summary>The park's emission source the line is for, when named.</summary>
    public Guid? SourceId { get; set; }
    /// <summary>The register's allocation the line spends (a green-electricity or offset line), when it names one.</summary>
    public Guid? AllocationId { get; set; }

    // The line's own fields, in ActivityLine's order (ActivityLineFields maps them both ways).
    public required string LineId { get; set; }
    public required string Kind { get; set; }
    public double Quantity { get; set; }
    public required string Unit { get; set; }
    public string? Fuel { get; set; }
    public string? Direction { get; set; }
    public double? Ncv { get; set; }
    public double? CarbonContent { get; set; }
    public double? OxidationRate { get; set; }
    public bool? InternationalBunker { get; set; }
    public string? Carbonate { get; set; }
    public double? CalcinationFraction { get; set; }
    public string? Product { get; set; }
    public double? EmissionFactor { get; set; }
    public string? Gas { get; set; }
    public string? Source { get; set; }
    public string? Instrument { get; set; }
    public int? Category { get; set; }
    public string? SinkType { get; set; }
    public string? Serial { get; set; }
}
