using CarbonPlatform.Contracts.AccessLog;
using CarbonPlatform.ParkRegistry.Data;
using MassTransit;

namespace CarbonPlatform.ParkRegistry.AccessLog;

/// <summary>Every service's batches of reads become the access log's rows (a batch delivered twice is stored once).</summary>
public sealed class ParkDataReadConsumer(RegistryDb db) : InboxConsumer<ParkDataRead, RegistryDb>(db)
{
    protected override Task HandleAsync(ConsumeContext<ParkDataRead> context)
    {
        var service = Fit(context.Message.Service, 40);
        Db.ParkAccesses.AddRange(context.Message.Reads.Select(r => new ParkAccess
        {
            ParkId = r.ParkId,
            Service = service,
            Route = Fit(r.Route, 300),
            Subject = Fit(r.Subject, 200),
            ClientId = r.ClientId is null ? null : Fit(r.ClientId, 200),
            OrganizationId = r.OrganizationId,
            OrganizationKind = Fit(r.OrganizationKind, 40),
            ReadAt = r.ReadAt.UtcDateTime,
        }));
        return Task.CompletedTask;
    }

    // A claim longer than its column would fail the whole batch on every redelivery; the log keeps its start instead.
    private static string Fit(string text, int length) => text.Length <= length ? text : text[..length];
}
