using CarbonPlatform.Identity.Organizations;


namespace CarbonPlatform.Identity.ApiClients;

public static class ListApiClients
{
    /// <summary>On the organisation's api-clients group.</summary>
    public static RouteGroupBuilder MapListApiClients(this RouteGroupBuilder clients)
    {
        clients.MapGet("", Handle).WithName("ListApiClients")
            .WithSummary("The organisation's API clients, revoked ones included (never their secrets), by name in pages (limit, cursor).")
            .WithDescription("For the organisation's administrator and the platform administrator.").Answers<Page<ApiClientView>>();
        return clients;
    }

    private static async Task<IResult> Handle(Guid orgId, int? limit, string? cursor, HttpContext http, ApiClientRegistry clients, CancellationToken ct)
    {
        if (!PageRequest<ClientKey>.TryRead(limit, cursor, out var page, out var badPage)) return badPage.ToProblem();
        if (OrganizationAdministration.Refusal(http.Caller(), orgId) is { } refusal) return refusal.ToProblem();
        // An organisation has a handful of clients, held in the identity store's own tables: paged here, after its filter.
        var list = (await clients.ListAsync(orgId, ct)).Where(c => page.After is not { } after
            || string.CompareOrdinal(c.Name, after.Name) > 0 || (c.Name == after.Name && string.CompareOrdinal(c.ClientId, after.ClientId) > 0))
            .Take(page.Fetch).ToList();
        return Results.Ok(page.Finish(list, c => new ClientKey(c.Name, c.ClientId),
            c => new ApiClientView(c.ClientId, c.Name, c.Roles, c.RevokedAt is not null, c.RevokedAt)));
    }

    private sealed record ClientKey(string Name, string ClientId);
}
