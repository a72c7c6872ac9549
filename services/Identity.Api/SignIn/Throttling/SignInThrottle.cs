using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Identity.SignIn.Throttling;

/// <summary>
/// Failed sign-ins of one key, in the identity database so that every replica counts the same failures. Keys:
/// <c>name:{address}:{user name}</c> and <c>address:{address}</c>; the user name is what was typed (normalised), so
/// a name nobody has is slowed exactly like one somebody has.
/// </summary>
public sealed class SignInThrottle
{
    public required string Key { get; init; }
    public int Failures { get; set; }
    /// <summary>Unix milliseconds: compared in SQL on every provider (SQLite has no date-time comparisons).</summary>
    public long LastFailureAt { get; set; }

    public static string ForName(string address, string userName) => $"name:{address}:{userName}";
    public static string ForAddress(string address) => $"address:{address}";
}

public static class SignInThrottleModel
{
    public static ModelBuilder AddSignInThrottles(this ModelBuilder modelBuilder)
    {
        var throttle = modelBuilder.Entity<SignInThrottle>();
        throttle.ToTable("SignInThrottles");
        throttle.HasKey(t => t.Key);
        throttle.Property(t => t.Key).HasMaxLength(400);
        throttle.HasIndex(t => t.LastFailureAt);
        return modelBuilder;
    }
}
