using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Identity.Revocations;

/// <summary>
/// Access taken away before its tokens expire: an API client revoked, a person disabled, a sign-in session ended.
/// Every service reads the recent ones (<see cref="RevocationFeed"/>) and refuses the tokens they name.
/// </summary>
public sealed class Revocation
{
    public const string Client = "client";
    public const string Person = "person";
    public const string Session = "session";

    public required string Kind { get; init; }
    /// <summary>The client id, the person's id or the session id.</summary>
    public required string Value { get; init; }
    /// <summary>Unix milliseconds: tokens issued up to then are refused.</summary>
    public long RevokedAt { get; init; }
    /// <summary>Unix milliseconds: after this no token it names can be alive (a session's refresh tokens included).</summary>
    public long KeepUntil { get; init; }
}

public static class RevocationModel
{
    public static ModelBuilder AddRevocations(this ModelBuilder modelBuilder)
    {
        var revocation = modelBuilder.Entity<Revocation>();
        revocation.ToTable("Revocations");
        revocation.HasKey(r => new { r.Kind, r.Value });
        revocation.Property(r => r.Kind).HasMaxLength(20);
        revocation.Property(r => r.Value).HasMaxLength(200);
        revocation.HasIndex(r => r.RevokedAt);
        revocation.HasIndex(r => r.KeepUntil);
        return modelBuilder;
    }
}
