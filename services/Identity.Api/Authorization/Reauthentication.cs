using System.Globalization;
using System.Security.Claims;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CarbonPlatform.Identity.Authorization;

/// <summary>
/// Whether a sign-in session may answer an authorization request or the person must give their password again
/// (OpenID Connect Core 3.1.2.1): <c>prompt=login</c> asks for a new sign-in, <c>max_age</c> for one no older than
/// that many seconds (0: a new one). The session keeps when the person signed in as <c>auth_time</c>. Pure.
/// </summary>
public static class Reauthentication
{
    /// <summary>What the request asks of the sign-in, dropped from the way back so that the new session answers it.</summary>
    public static readonly string[] SignInParameters = [Parameters.Prompt, Parameters.MaxAge];

    public static bool Required(OpenIddictRequest request, ClaimsPrincipal session, DateTimeOffset now)
    {
        if (request.HasPromptValue(PromptValues.Login)) return true;
        if (request.MaxAge is not { } maxAge) return false;
        return maxAge == 0 || AuthTime(session) is not { } at || now - at > TimeSpan.FromSeconds(maxAge);
    }

    public static Claim AuthTimeClaim(DateTimeOffset at) =>
        new(Claims.AuthenticationTime, at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64);

    public static DateTimeOffset? AuthTime(ClaimsPrincipal? session) =>
        long.TryParse(session?.FindFirst(Claims.AuthenticationTime)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
}
