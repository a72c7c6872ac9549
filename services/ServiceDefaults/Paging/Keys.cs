namespace CarbonPlatform.ServiceDefaults.Paging;

/// <summary>The cursor of a list ordered by name.</summary>
public sealed record NameKey(string Name, Guid Id);

/// <summary>The cursor of a list ordered by a text key alone (factor ids).</summary>
public sealed record TextKey(string Value);

/// <summary>The cursor of a list of named things ordered by time (factor releases).</summary>
public sealed record NamedTimeKey(DateTime At, string Name);

/// <summary>The cursor of a list ordered by time (newest or oldest first).</summary>
public sealed record TimeKey(DateTime At, Guid Id);

/// <summary>The cursor of a list ordered by a sequence the database assigns (ledger entries, log rows).</summary>
public sealed record SequenceKey(long Sequence);
