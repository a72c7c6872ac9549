using CarbonPlatform.Certification.Data;
using CarbonPlatform.Certification.Webhooks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Certification.Tests.Webhooks;

public sealed class WebhookRetentionTests : IAsyncDisposable
{
    private static readonly DateTime Now = DateTime.UtcNow;
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"carbon-webhook-retention-{Guid.NewGuid():N}.db");

    private CertificationDb Open() => new(new DbContextOptionsBuilder<CertificationDb>().UseSqlite($"Data Source={_file}").Options);

    [Fact]
    public async Task Finished_deliveries_past_the_retention_go_with_their_attempts_and_a_pending_one_stays()
    {
        await using (var db = Open())
        {
            await db.Database.EnsureCreatedAsync();
            var subscription = new WebhookSubscription
            {
                Id = Guid.NewGuid(), CertificationBodyId = Guid.NewGuid(), Url = "https://receiver.example/hook",
                Secret = WebhookSignature.NewSecret(), Events = WebhookEvents.All, CreatedAt = Now.AddDays(-90),
            };
            db.Add(subscription);
            foreach (var (name, status, age) in new[] { ("old-delivered", WebhookDeliveryStatus.Delivered, 31), ("old-failed", WebhookDeliveryStatus.Failed, 40),
                         ("old-pending", WebhookDeliveryStatus.Pending, 45), ("recent-delivered", WebhookDeliveryStatus.Delivered, 2) })
            {
                var delivery = new WebhookDelivery
                {
                    Id = Guid.NewGuid(), SubscriptionId = subscription.Id, CertificationBodyId = subscription.CertificationBodyId,
                    EventType = name, Payload = "{}", Status = status, CreatedAt = Now.AddDays(-age), NextAttemptAt = Now,
                };
                delivery.Attempts.Add(new WebhookAttempt { DeliveryId = delivery.Id, Number = 1, At = delivery.CreatedAt, Transport = "http", StatusCode = 500 });
                db.Add(delivery);
            }
            await db.SaveChangesAsync();
        }

        await using (var db = Open()) Assert.Equal(2, await WebhookRetention.PurgeAsync(db, Now.AddDays(-30), CancellationToken.None));

        await using var check = Open();
        Assert.Equal(["old-pending", "recent-delivered"], await check.WebhookDeliveries.Select(d => d.EventType).OrderBy(e => e).ToListAsync());
        Assert.Equal(2, await check.WebhookAttempts.CountAsync());
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
        return ValueTask.CompletedTask;
    }
}
