namespace CarbonPlatform.Evaluation.Data;

/// <summary>A park's target: a scheme version, a grade (null: a pass), the year to reach it in, the baseline year.</summary>
public sealed class PathwayTargetRecord : IVersioned
{
    /// <summary>The concurrency token: two operators setting the target at once do not overwrite each other unseen.</summary>
    public Guid Version { get; set; }
    public Guid ParkId { get; set; }
    public Guid OperatorOrganizationId { get; set; }
    public required string ParkRegionCode { get; set; }
    public required string Scheme { get; set; }
    public int SchemeVersion { get; set; }
    public string? Grade { get; set; }
    public int Year { get; set; }
    public int BaselineYear { get; set; }
    public required string SetBy { get; set; }
    public DateTime SetAt { get; set; }
}

/// <summary>A stored scenario of a park: its measures and declared values; the baseline is the park's current inventory when read.</summary>
public sealed class PathwayScenarioRecord
{
    public Guid Id { get; set; }
    public Guid ParkId { get; set; }
    public required string Name { get; set; }
    /// <summary>{ measures, management, indicators, discountRate } as the operator gave them.</summary>
    public required string ScenarioJson { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}
