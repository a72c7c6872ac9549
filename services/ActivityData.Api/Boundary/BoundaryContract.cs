namespace CarbonPlatform.ActivityData.Boundary;

/// <summary>An enterprise of the park's boundary; keyEnergyUser marks a 重点用能单位.</summary>
public sealed record EnterpriseView(Guid Id, string Name, string? CreditCode, bool KeyEnergyUser, string CreatedBy, DateTime CreatedAt);

public sealed record EnterpriseList(Guid ParkId, IReadOnlyList<EnterpriseView> Items, string? NextCursor);

/// <summary>An emission source of a park enterprise (a meter, boiler, fleet or process line); activity lines name it by sourceId.</summary>
public sealed record SourceView(Guid Id, Guid EnterpriseId, string Name, string Kind, string Unit, bool Metered, string CreatedBy, DateTime CreatedAt);

public sealed record SourceList(Guid ParkId, IReadOnlyList<SourceView> Items, string? NextCursor);
