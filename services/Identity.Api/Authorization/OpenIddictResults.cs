using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;

namespace CarbonPlatform.Identity.Authorization;

/// <summary>An OpenID Connect error answered by OpenIddict in the protocol's own form (JSON or redirect).</summary>
public static class OpenIddictResults
{
    public static IResult Forbid(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
