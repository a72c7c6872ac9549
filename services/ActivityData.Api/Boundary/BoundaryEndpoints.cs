namespace CarbonPlatform.ActivityData.Boundary;

public static class BoundaryEndpoints
{
    public static RouteGroupBuilder MapBoundary(this RouteGroupBuilder api)
    {
        var enterprises = api.MapGroup("/parks/{parkId:guid}/enterprises").WithTags("Park boundary");
        enterprises.MapPost("/", Enterprises.Register)
            .Accepts<object>("application/json")
            .WithSummary("Registers an enterprise of the park's boundary: { name, creditCode?, keyEnergyUser } (重点用能单位 when keyEnergyUser).");
        enterprises.MapGet("/", Enterprises.List).WithSummary("The enterprises registered in the park's boundary.");

        var sources = api.MapGroup("/parks/{parkId:guid}/emission-sources").WithTags("Park boundary");
        sources.MapPost("/", Sources.Register)
            .Accepts<object>("application/json")
            .WithSummary("Registers an emission source of a park enterprise: { enterpriseId, name, kind, unit, metered }; activity lines name it by sourceId.");
        sources.MapGet("/", Sources.List).WithSummary("The park's registered emission sources (meters, boilers, fleets, process lines).");
        return api;
    }
}
