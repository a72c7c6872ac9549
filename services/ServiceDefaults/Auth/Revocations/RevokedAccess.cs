using System.Globalization;
using System.Security.Claims;

namespace CarbonPlatform.ServiceDefaults.Auth.Revocations;

public static class RevocationPaths
{
    /// <summary>The identity service's list of recent revocations (platform service tokens only; not behind the gateway).</summary>
    public const string Feed = "/internal/v1/revocations";
}

/// <summary>One revocation: <paramref name="Kind"/> is <c>client</c>, <c>person</c> or <c>session</c>; Unix milliseconds.</summary>
public sealed record RevokedAccessEntry(string Kind, string Value, long RevokedAt);

public sealed record RevokedAccessList(IReadOnlyList<RevokedAccessEntry> Revocations);

/// <summary>
/// What a token may no longer do, as of the last list read: a client's and a person's tokens issued up to the
/// revocation, and every token of an ended session. Pure: the claims in, an answer out.
/// </summary>
public sealed class RevokedAccess
{
    public static readonly RevokedAccess None = new([]);

    private readonly Dictionary<string, long> _clients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _people = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sessions = new(StringComparer.Ordinal);

    public RevokedAccess(IEnumerable<RevokedAccessEntry> entries)
    {
        foreach (var entry in entries)
        {
            var into = entry.Kind switch { "client" => _clients, "person" => _people, _ => null };
            if (into is not null) into[entry.Value] = Math.Max(entry.RevokedAt, into.GetValueOrDefault(entry.Value));
            else if (entry.Kind == "session") _sessions.Add(entry.Value);
        }
    }

    public int Count => _clients.Count + _people.Count + _sessions.Count;

    /// <summary>The reason the token is refused, or null when nothing revoked it.</summary>
    public string? ReasonToRefuse(ClaimsPrincipal token)
    {
        if (token.FindFirst(PlatformClaims.SessionId)?.Value is { } session && _sessions.Contains(session))
            return "its sign-in session was ended";
        var issuedAt = IssuedAtMilliseconds(token);
        if (RevokedBefore(_clients, token.FindFirst(PlatformClaims.ClientId)?.Value, issuedAt)
            || RevokedBefore(_clients, token.FindFirst(PlatformClaims.Subject)?.Value, issuedAt))
            return "its client was revoked";
        if (RevokedBefore(_people, token.FindFirst(PlatformClaims.Subject)?.Value, issuedAt))
            return "its person was disabled";
        return null;
    }

    // A token without iat counts as issued before any revocation: it cannot prove otherwise.
    private static bool RevokedBefore(Dictionary<string, long> revoked, string? id, long issuedAt) =>
        id is not null && revoked.TryGetValue(id, out var at) && issuedAt <= at;

    private static long IssuedAtMilliseconds(ClaimsPrincipal token) =>
        long.TryParse(token.FindFirst(PlatformClaims.IssuedAt)?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? seconds * 1000 : long.MinValue;
}
