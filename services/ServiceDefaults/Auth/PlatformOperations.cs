using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CarbonPlatform.ServiceDefaults.Auth;

/// <summary>The platform administrator's operations (<c>/operations/…</c>): tagged Operations, for platform administrators only.</summary>
public static class PlatformOperations
{
    public static RouteHandlerBuilder AsPlatformOperation(this RouteHandlerBuilder endpoint, string name) =>
        endpoint.WithName(name).WithTags("Operations").RequireAuthorization(PlatformPolicies.PlatformAdmin);
}
