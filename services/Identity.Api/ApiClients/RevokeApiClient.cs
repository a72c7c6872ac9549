using CarbonPlatform.Identity.Organizations;
using CarbonPlatform.Identity.Revocations;

namespace CarbonPlatform.Identity.ApiClients;

public static class RevokeApiClient
{
    /// <summary>On the organisation's api-clients group.</summary>
    public static RouteGroupBuilder MapRevokeApiClient(this RouteGroupBuilder clients)
    {
        clients.MapDelete("/{clientId}", Handle).WithName("RevokeApiClient")
            .WithSummary("Revokes an API client: it gets no more tokens. It stays listed, marked revoked.")
            .WithDescription("Tokens already issued stay valid until they expire (minutes).").Produces(StatusCodes.Status204NoContent);
        return clients;
    }

    private static async Task<IResult> Handle(Guid orgId, string clientId, HttpContext http, ApiClientRegistry clients,
        RevocationRecords revocations, CancellationToken ct)
    {
        if (OrganizationAdministration.Refusal(http.Caller(), orgId) is { } refusal) return refusal.ToProblem();
        if (!await clients.RevokeAsync(orgId, clientId, ct)) return Problems.NotFound("The API client");
        // Recorded after the client lost its grant (and again by a repeated DELETE, should this have failed): the
        // services refuse the access tokens it already holds within seconds.
        await revocations.RecordAsync(Revocation.Client, clientId, ct);
        return Results.NoContent();
    }
}
