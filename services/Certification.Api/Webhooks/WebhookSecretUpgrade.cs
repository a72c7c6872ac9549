namespace CarbonPlatform.Certification.Webhooks;

/// <summary>Seals the secrets of subscriptions made before secrets were encrypted; run at start-up, after the schema.</summary>
public static class WebhookSecretUpgrade
{
    public static async Task<int> SealPlainSecretsAsync(CertificationDb db, WebhookSecretBox box, CancellationToken ct)
    {
        var plain = await db.WebhookSubscriptions.Where(s => !s.Secret.StartsWith(WebhookSecretBox.Prefix)).ToListAsync(ct);
        foreach (var subscription in plain) subscription.Secret = box.Seal(subscription.Id, subscription.Secret);
        await db.SaveChangesAsync(ct);
        return plain.Count;
    }
}
