namespace CarbonPlatform.EmissionFactors.Data;

/// <summary>A published factor release. Releases never change once published; a correction is a new release.</summary>
public sealed class ReleaseRecord
{
    public required string Name { get; set; }
    public required string Description { get; set; }
    public string? BasedOn { get; set; }
    public bool IsDefault { get; set; }
    public int FactorCount { get; set; }
    public required string PublishedBy { get; set; }
    public DateTime PublishedAt { get; set; }
}

/// <summary>One factor of a release, with its source and status (confirmed, unverified, inferred, provisional).</summary>
public sealed class FactorRecord
{
    public required string Release { get; set; }
    public required string Id { get; set; }
    public required string Category { get; set; }
    public required string Code { get; set; }

    // The parts of the factor's key its category uses (electricity, GWP, method parameter).
    public string? Family { get; set; }
    public string? Level { get; set; }
    public string? Area { get; set; }
    public int? Vintage { get; set; }
    public string? Gas { get; set; }
    public string? GwpSet { get; set; }
    public string? Method { get; set; }
    public string? Parameter { get; set; }

    // The value, its units and its label.
    public double Value { get; set; }
    public required string Unit { get; set; }
    public string? ActivityUnit { get; set; }
    public string? Text { get; set; }
    public string? Name { get; set; }

    // Its provenance.
    public required string Source { get; set; }
    public required string Status { get; set; }
    public string? Note { get; set; }
}
