using CarbonPlatform.Contracts.ParkRegistry;
using MassTransit;

namespace CarbonPlatform.Certification.Webhooks;

/// <summary>Tells every body that has an application of the park (open, or the one that certified it) that the park moved.</summary>
public sealed class ParkLifecycleChangedConsumer(CertificationDb db) : InboxConsumer<ParkLifecycleChanged, CertificationDb>(db)
{
    protected override async Task HandleAsync(ConsumeContext<ParkLifecycleChanged> context)
    {
        var m = context.Message;
        var bodies = await Db.Applications.AsNoTracking().Where(a => a.ParkId == m.ParkId).Select(a => a.CertificationBodyId).Distinct()
            .ToListAsync(context.CancellationToken);
        foreach (var body in bodies)
            await WebhookOutbox.EnqueueAsync(Db, body, WebhookEvents.ParkLifecycleChanged,
                new ParkLifecycleEventData(m.ParkId, m.From, m.To, m.Reason), context.CancellationToken);
    }
}
