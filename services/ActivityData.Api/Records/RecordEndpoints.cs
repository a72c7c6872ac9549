using CarbonPlatform.ActivityData.Data;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.Problems;
using CarbonPlatform.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ActivityData.Records;

public static class RecordEndpoints
{
    public static RouteGroupBuilder MapActivityRecords(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/parks/{parkId:guid}/activity-records").WithTags("Activity data");
        group.MapPost("/", RecordBatch.Handle)
            .Accepts<object>("application/json")
            .WithSummary("Records a batch of activity lines for a year, all or nothing; an Idempotency-Key makes a retry safe.");
        group.MapGet("/", List).WithSummary("The park's recorded activity lines of a year.");
        return api;
    }

    private static async Task<IResult> List(Guid parkId, int year, HttpContext http, ActivityDb db, IParkDirectory parks, CancellationToken ct)
    {
        var access = await parks.ForReadingAsync(http.Caller(), parkId, ct);
        if (!access.Granted) return access.Refusal;
        var park = access.Park;
        var records = await db.Records.AsNoTracking().Where(r => r.ParkId == parkId && r.Year == year).OrderBy(r => r.Id).Take(10_000).ToListAsync(ct);
        return Results.Ok(new { parkId, year, count = records.Count, lines = records.Select(r => r.View()) });
    }
}
