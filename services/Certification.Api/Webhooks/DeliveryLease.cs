namespace CarbonPlatform.Certification.Webhooks;

public static class DeliveryLease
{
    /// <summary>
    /// Takes the due attempt of a pending delivery for one dispatcher, or returns null when another one took it first.
    /// A single conditional UPDATE: pushing NextAttemptAt past now makes the same UPDATE by any other replica match no
    /// row, on SQLite (writes are serialised) and on SQL Server (the row lock makes the second re-read the predicate).
    /// </summary>
    public static async Task<Guid?> TryClaimAsync(CertificationDb db, Guid deliveryId, DateTime now, TimeSpan lease,
        CancellationToken cancellationToken)
    {
        var leaseId = Guid.NewGuid();
        var until = now + lease;
        var claimed = await db.WebhookDeliveries
            .Where(d => d.Id == deliveryId && d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseId, leaseId).SetProperty(d => d.NextAttemptAt, until), cancellationToken);
        return claimed == 1 ? leaseId : null;
    }
}
