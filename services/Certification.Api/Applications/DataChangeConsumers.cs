using CarbonPlatform.Contracts.Accounting;
using CarbonPlatform.Contracts.ActivityData;
using MassTransit;

namespace CarbonPlatform.Certification.Applications;

/// <summary>New activity data for a park-year under application returns the open application to its operator.</summary>
public sealed class ActivityBatchRecordedConsumer(CertificationDb db) : InboxConsumer<ActivityBatchRecorded, CertificationDb>(db)
{
    protected override async Task HandleAsync(ConsumeContext<ActivityBatchRecorded> context)
    {
        var m = context.Message;
        foreach (var application in await DataChangeEffects.OpenAsync(Db, m.ParkId, m.Year, context.CancellationToken))
            if (DataChanges.OnBatch(application, m.RecordedAt.UtcDateTime) == DataChanges.Outcome.Return)
                DataChangeEffects.Return(Db, application, $"Activity data for {m.Year} was recorded after submission (batch {m.BatchId}, {m.LineCount} lines): "
                    + "the evaluation no longer describes the data. Evaluate the current inventory and apply again.");
    }
}

/// <summary>A newer inventory version: returned when the data changed, a notice for the reviewer when only the factors did.</summary>
public sealed class InventoryComputedConsumer(CertificationDb db) : InboxConsumer<InventoryComputed, CertificationDb>(db)
{
    protected override async Task HandleAsync(ConsumeContext<InventoryComputed> context)
    {
        var m = context.Message;
        foreach (var application in await DataChangeEffects.OpenAsync(Db, m.ParkId, m.Year, context.CancellationToken))
            switch (DataChanges.OnInventory(application, m.Method, m.Version, m.FactorRelease))
            {
                case DataChanges.Outcome.Return:
                    DataChangeEffects.Return(Db, application, $"Inventory v{m.Version} ({m.Method}) was computed from changed activity data after submission "
                        + $"(the application rests on v{application.InventoryVersion}). Evaluate the current inventory and apply again.");
                    break;
                case DataChanges.Outcome.Notice:
                    DataChangeEffects.Notice(application, $"Inventory v{m.Version} ({m.Method}) was recomputed with factor release {m.FactorRelease}; "
                        + $"this application stays pinned to v{application.InventoryVersion} with {application.FactorRelease}.");
                    break;
            }
    }
}

internal static class DataChangeEffects
{
    public static Task<List<CertificationApplication>> OpenAsync(CertificationDb db, Guid parkId, int year, CancellationToken ct) =>
        db.Applications.Include(a => a.Decisions).Where(a => a.ParkId == parkId && a.Year == year && ApplicationEvents.Open.Contains(a.Status)).ToListAsync(ct);

    public static void Return(CertificationDb db, CertificationApplication application, string comment)
    {
        var now = DateTime.UtcNow;
        (application.Status, application.UpdatedAt) = (ApplicationStatus.Returned, now);
        application.Decisions.Add(Entry(application, DataChanges.ReturnedDecision, comment, now));
        db.ReviewChanged(application, comment);
    }

    public static void Notice(CertificationApplication application, string comment)
    {
        if (application.Decisions.Any(d => d.Decision == DataChanges.NoticeDecision && d.Comment == comment)) return;
        application.Decisions.Add(Entry(application, DataChanges.NoticeDecision, comment, DateTime.UtcNow));
    }

    private static ReviewDecision Entry(CertificationApplication a, string decision, string comment, DateTime at) =>
        new() { ApplicationId = a.Id, Decision = decision, Comment = comment, DecidedBy = DataChanges.Platform, DecidedAt = at };
}
