namespace CarbonPlatform.ServiceDefaults.Auth.Revocations;

/// <summary>This replica's copy of the identity service's revocations, replaced whole at every successful read.</summary>
public sealed class RevocationList(TimeProvider clock)
{
    private volatile Snapshot _current = new(RevokedAccess.None, null);

    public RevokedAccess Current => _current.Access;

    /// <summary>When the list was last read (null: never yet).</summary>
    public DateTimeOffset? ReadAt => _current.ReadAt;

    public void Replace(RevokedAccess access) => _current = new Snapshot(access, clock.GetUtcNow());

    private sealed record Snapshot(RevokedAccess Access, DateTimeOffset? ReadAt);
}
