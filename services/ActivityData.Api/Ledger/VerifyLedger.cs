using CarbonPlatform.ActivityData.Data;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.Problems;
using CarbonPlatform.BuildingBlocks.Tenancy;

namespace CarbonPlatform.ActivityData.Ledger;

/// <summary>Walks the park's whole chain in pages and reports it intact or names the first entry that does not match.</summary>
public static class VerifyLedger
{
    public static async Task<IResult> Handle(Guid parkId, HttpContext http, ActivityDb db, IParkDirectory parks,
        Observability.LedgerMetrics metrics, CancellationToken ct)
    {
        var access = await parks.ForReadingAsync(http.Caller(), parkId, ct);
        if (!access.Granted) return access.Refusal;
        var park = access.Park;
        var report = await ChainWalk.VerifyAsync(db, parkId, ct);
        var readings = await MeterReadings.ReadingsVerification.VerifyAsync(db, parkId, ct);
        metrics.Verified(report.Intact && readings.FirstMismatch is null);
        return Results.Ok(new
        {
            parkId, intact = report.Intact && readings.FirstMismatch is null, entriesChecked = report.EntriesChecked, headHash = report.HeadHash,
            firstMismatch = report.FirstBreak is { } b
                ? new { entryId = b.EntryId, sequence = b.Sequence, lineId = b.LineId, differs = b.Differs, message = b.Message, expected = b.Expected, actual = b.Actual }
                : null,
            readings = new
            {
                intact = readings.FirstMismatch is null, readingsChecked = readings.ReadingsChecked, linesChecked = readings.LinesChecked,
                firstMismatch = readings.FirstMismatch,
            },
            checkedAt = DateTime.UtcNow,
        });
    }
}
