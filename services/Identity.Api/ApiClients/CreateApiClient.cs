using CarbonPlatform.Contracts.Grpc.ParkRegistry;
using CarbonPlatform.Identity.Organizations;


namespace CarbonPlatform.Identity.ApiClients;

public sealed record CreateApiClientRequest(string? Name, string[]? Roles);

public static class CreateApiClient
{
    public static RouteGroupBuilder MapApiClients(this RouteGroupBuilder api)
    {
        var clients = api.MapGroup("/organizations/{orgId:guid}/api-clients").WithTags("Organizations");
        clients.MapPost("", Handle).WithName("CreateApiClient")
            .WithSummary("Creates an API client for an organisation; its secret is shown once.")
            .WithDescription("Without roles the client gets the organisation kind's default role. It obtains tokens at /connect/token with the client_credentials grant.")
            .WithRequest(new CreateApiClientRequest("苏州园区能源管理系统", ["operator-data-entry"]))
            .Answers<CreatedApiClient>(StatusCodes.Status201Created);
        clients.MapListApiClients();
        clients.MapRevokeApiClient();
        return api;
    }

    private static async Task<IResult> Handle(Guid orgId, CreateApiClientRequest body, HttpContext http,
        ParkDirectory.ParkDirectoryClient directory, ApiClientRegistry clients, CancellationToken ct)
    {
        if (await directory.RefusalAsync(http.Caller(), orgId, ct) is { } refusal) return refusal.ToProblem();
        if (string.IsNullOrWhiteSpace(body.Name) || body.Name.Length > 200)
            return Problems.Invalid("name", "missing-field", "name is required (at most 200 characters).");

        if (await directory.FindAsync(orgId, ct) is not { } organization) return Problems.NotFound("The organisation");

        var allowed = PlatformRoles.AllowedFor(organization.Kind);
        var roles = body.Roles is { Length: > 0 } ? body.Roles : [PlatformRoles.DefaultFor(organization.Kind)];
        var unknown = roles.Where(r => !allowed.Contains(r)).ToList();
        if (unknown.Count > 0)
            return Problems.Invalid("roles", "role-not-allowed", $"A {organization.Kind} client may have only: {string.Join(", ", allowed)}.");

        var tenant = new ClientTenant(orgId.ToString(), organization.Kind, organization.RegionCode, roles, organization.ParkId, organization.EnterpriseId);
        var issued = await clients.CreateAsync(body.Name.Trim(), tenant, ct);
        return Results.Created($"/api/v1/organizations/{orgId}/api-clients/{issued.ClientId}",
            new CreatedApiClient(issued.ClientId, issued.ClientSecret, roles));
    }
}
