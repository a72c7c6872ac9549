namespace CarbonPlatform.ActivityData.Boundary;

public static class BoundaryEndpoints
{
    public static RouteGroupBuilder MapBoundary(this RouteGroupBuilder api)
    {
        var enterprises = api.MapGroup("/parks/{parkId:guid}/enterprises").WithTags("Park boundary");
        enterprises.MapPost("/", Enterprises.Register).WithName("RegisterEnterprise")
            .WithSummary("Registers an enterprise of the park's boundary: { name, creditCode?, keyEnergyUser } (重点用能单位 when keyEnergyUser).")
            .WithDescription("The operator's administrator or data entry; creditCode is the 18-character unified social credit code.")
            .WithRequest(new EnterpriseRequest("苏州某化工有限公司", "91320594MA1XXXXXX1", true)).Answers<EnterpriseView>(StatusCodes.Status201Created);
        enterprises.MapGet("/", Enterprises.List).WithName("ListEnterprises").WithSummary("The enterprises registered in the park's boundary.")
            .WithDescription("Oldest first, in pages (limit, cursor).").Answers<EnterpriseList>();

        var sources = api.MapGroup("/parks/{parkId:guid}/emission-sources").WithTags("Park boundary");
        sources.MapPost("/", Sources.Register).WithName("RegisterEmissionSource")
            .WithSummary("Registers an emission source of a park enterprise: { enterpriseId, name, kind, unit, metered }; activity lines name it by sourceId.")
            .WithDescription("kind is an activity line kind; metered sources receive meter readings.")
            .WithRequest(new SourceRequest(Guid.Parse("0b6e7c1d-2f3a-4b5c-9d8e-7f6a5b4c3d2e"), "1号燃气锅炉", "fuel-combustion", "10^4Nm3", true))
            .Answers<SourceView>(StatusCodes.Status201Created);
        sources.MapGet("/", Sources.List).WithName("ListEmissionSources").WithSummary("The park's registered emission sources (meters, boilers, fleets, process lines).")
            .WithDescription("Oldest first, in pages (limit, cursor).").Answers<SourceList>();
        return api;
    }
}
