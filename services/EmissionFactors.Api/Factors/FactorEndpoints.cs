using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Domain.Resolution;
using CarbonPlatform.EmissionFactors.Data;
using Microsoft.EntityFrameworkCore;

using CarbonPlatform.EmissionFactors.Releases;

namespace CarbonPlatform.EmissionFactors.Factors;

public static class FactorEndpoints
{
    public static RouteGroupBuilder MapFactors(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/factors").WithTags("Emission factors");
        group.MapGet("/", Search).WithName("SearchFactors")
            .WithSummary("Factors of a release (default: the default release), filtered by category, family, level, area, year, fuel, gas or status.")
            .WithDescription("Every filter is an exact match; fuel matches fuel factors by code. Ordered by factor id, in pages (limit, cursor).").Answers<FactorList>()
            .WithEnumQuery<FactorCategory>("category").WithEnumQuery<FactorStatus>("status");
        group.MapGet("/electricity/resolve", Resolve).WithName("ResolveElectricityFactors")
            .WithSummary("Which grid-average and residual-mix factors an inventory of that year and region uses, by the rules of accounting.md.")
            .WithDescription("The same resolution the calculation makes; errors name the field (year, regionCode, level, gridRegion, vintage).").Answers<ElectricityFactors>();
        return api;
    }

    private static async Task<IResult> Search(FactorsDb db, CancellationToken ct, string? release = null, string? category = null,
        string? family = null, string? level = null, string? area = null, int? year = null, string? fuel = null, string? gas = null, string? status = null,
        int? limit = null, string? cursor = null)
    {
        if (!PageRequest<TextKey>.TryRead(limit, cursor, out var page, out var badPage)) return badPage.ToProblem();
        if (category is not null && ContractEnums.TryParse<FactorCategory>(category) is null)
            return Problems.Invalid("category", "unknown-category", $"category is one of {string.Join(", ", ContractEnumFields.Names<FactorCategory>())}.");
        if (status is not null && ContractEnums.TryParse<FactorStatus>(status) is null)
            return Problems.Invalid("status", "unknown-status", $"status is one of {string.Join(", ", ContractEnumFields.Names<FactorStatus>())}.");
        var name = await ReleaseCatalog.ResolveNameAsync(db, release, ct);
        if (name is null) return Problems.NotFound("The release");
        var q = db.Factors.AsNoTracking().Where(f => f.Release == name);
        if (category is not null) q = q.Where(f => f.Category == category);
        if (family is not null) q = q.Where(f => f.Family == family);
        if (level is not null) q = q.Where(f => f.Level == level);
        if (area is not null) q = q.Where(f => f.Area == area);
        if (year is not null) q = q.Where(f => f.Vintage == year);
        if (fuel is not null) q = q.Where(f => f.Category == "fuel" && f.Code == fuel);
        if (gas is not null) q = q.Where(f => f.Gas == gas);
        if (status is not null) q = q.Where(f => f.Status == status);
        if (page.After is { } after) q = q.Where(f => string.Compare(f.Id, after.Value) > 0);
        var factors = page.Finish(await q.OrderBy(f => f.Id).Take(page.Fetch).ToListAsync(ct), f => new TextKey(f.Id), f => f.ToFactor());
        return Results.Ok(new FactorList(name, factors.Items, factors.NextCursor));
    }

    private static async Task<IResult> Resolve(ReleaseCatalog catalog, FactorsDb db, CancellationToken ct, int? year, string? regionCode = null,
        string? level = null, string? gridRegion = null, int? vintage = null, string? release = null)
    {
        var name = await ReleaseCatalog.ResolveNameAsync(db, release, ct);
        var loaded = name is null ? null : await catalog.LoadAsync(name, ct);
        if (loaded is null) return Problems.NotFound("The release");
        var request = new CalculationRequest
        {
            Method = "cers-2025", Year = year, RegionCode = regionCode, ElectricityFactorLevel = level,
            GridRegion = gridRegion, ElectricityFactorVintage = vintage,
        };
        var resolution = ElectricityFactorResolver.Resolve(request, loaded);
        if (resolution.Errors.Count > 0)
            return Problems.Invalid(resolution.Errors);
        return Results.Ok(new ElectricityFactors(name!, resolution.GridAverage, resolution.ResidualMix));
    }
}
