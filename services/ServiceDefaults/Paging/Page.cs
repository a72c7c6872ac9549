namespace CarbonPlatform.ServiceDefaults.Paging;

/// <summary>One page of a list: its items and the cursor that reads the next page, null on the last one.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
