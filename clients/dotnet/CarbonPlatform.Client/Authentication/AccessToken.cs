namespace CarbonPlatform.Client.Authentication;

/// <summary>A bearer token and the moment from which it is renewed rather than sent.</summary>
internal sealed record AccessToken(string Value, DateTimeOffset RenewFrom)
{
    public bool IsFreshAt(DateTimeOffset now) => now < RenewFrom;

    /// <summary>
    /// Renewed <paramref name="renewBefore"/> ahead of its expiry (so a request never leaves with a token that expires on
    /// the way), but never later than half-way through a short lifetime.
    /// </summary>
    public static AccessToken Issued(string value, TimeSpan lifetime, DateTimeOffset issuedAt, TimeSpan renewBefore)
    {
        var margin = renewBefore < lifetime / 2 ? renewBefore : lifetime / 2;
        return new AccessToken(value, issuedAt + lifetime - margin);
    }
}
