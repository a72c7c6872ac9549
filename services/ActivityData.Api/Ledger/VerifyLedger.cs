namespace CarbonPlatform.ActivityData.Ledger;

/// <summary>Walks the park's whole chain in pages and reports it intact or names the first entry that does not match.</summary>
public static class VerifyLedger
{
    public static async Task<IResult> Handle(Guid parkId, HttpContext http, ActivityDb db, IParkDirectory parks,
        Observability.LedgerMetrics metrics, CancellationToken ct, bool full = false, int? year = null)
    {
        var access = await parks.ForReadingAsync(http.Caller(), parkId, ct);
        if (!access.Granted) return access.Refusal.ToProblem();
        var park = access.Park;
        if (year is < 2000 or > 2100) return Problems.Invalid("year", "invalid-year", "year is from 2000 to 2100.");
        var report = await ChainWalk.VerifyAsync(db, parkId, ct, full);
        var readings = await MeterReadings.ReadingsVerification.VerifyAsync(db, parkId, ct, year);
        metrics.Verified(report.Intact && readings.FirstMismatch is null);
        return Results.Ok(new LedgerVerification(parkId, report.Intact && readings.FirstMismatch is null, report.EntriesChecked, report.HeadHash,
            report.FirstBreak is { } b ? new ChainMismatch(b.EntryId, b.Sequence, b.LineId, b.Differs, b.Message, b.Expected, b.Actual) : null,
            new ReadingsCheck(readings.FirstMismatch is null, readings.ReadingsChecked, readings.LinesChecked, readings.FirstMismatch),
            DateTime.UtcNow, report.From, year));
    }
}
