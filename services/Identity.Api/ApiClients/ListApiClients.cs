using CarbonPlatform.Identity.Organizations;
using CarbonPlatform.ServiceDefaults.Auth;

using CarbonPlatform.ServiceDefaults.OpenApi;

namespace CarbonPlatform.Identity.ApiClients;

public static class ListApiClients
{
    public static RouteGroupBuilder MapListApiClients(this RouteGroupBuilder api)
    {
        api.MapGet("/organizations/{orgId:guid}/api-clients", Handle)
            .WithName("ListApiClients").WithTags("Organizations")
            .WithSummary("The organisation's API clients, revoked ones included (never their secrets).")
            .WithDescription("For the organisation's administrator and the platform administrator.").Answers<ApiClientView[]>();
        return api;
    }

    private static async Task<IResult> Handle(Guid orgId, HttpContext http, ApiClientRegistry clients, CancellationToken ct)
    {
        if (OrganizationAdministration.Refusal(http.Caller(), orgId) is { } refusal) return refusal;
        var list = await clients.ListAsync(orgId, ct);
        return Results.Ok(list.Select(c => new ApiClientView(c.ClientId, c.Name, c.Roles, c.RevokedAt is not null, c.RevokedAt)));
    }
}
