namespace CarbonPlatform.Certification.Webhooks;

public static class WebhookModel
{
    /// <summary>The webhook tables; portable between SQLite and SQL Server (no provider-specific types).</summary>
    public static ModelBuilder AddWebhooks(this ModelBuilder model)
    {
        model.Entity<WebhookSubscription>(e =>
        {
            e.ToTable("WebhookSubscriptions");
            e.Property(x => x.Url).HasMaxLength(WebhookLimits.UrlLength);
            e.Property(x => x.Secret).HasMaxLength(200); // sealed: "v1:" + base64 of nonce, secret and tag
            e.Property(x => x.Events).HasMaxLength(400);
            e.Ignore(x => x.EventList);
            e.HasIndex(x => x.CertificationBodyId);
        });
        model.Entity<WebhookDelivery>(e =>
        {
            e.ToTable("WebhookDeliveries");
            e.Property(x => x.EventType).HasMaxLength(80);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.LeaseId).IsConcurrencyToken();
            e.Property(x => x.LastError).HasMaxLength(WebhookLimits.ErrorLength);
            e.HasIndex(x => new { x.Status, x.NextAttemptAt });
            e.HasIndex(x => new { x.CertificationBodyId, x.CreatedAt });
            e.HasOne<WebhookSubscription>().WithMany().HasForeignKey(x => x.SubscriptionId);
            e.HasMany(x => x.Attempts).WithOne().HasForeignKey(x => x.DeliveryId);
        });
        model.Entity<WebhookAttempt>(e =>
        {
            e.ToTable("WebhookAttempts");
            e.Property(x => x.Transport).HasMaxLength(10);
            e.Property(x => x.Error).HasMaxLength(WebhookLimits.ErrorLength);
            // A second dispatcher can never log the same attempt twice.
            e.HasIndex(x => new { x.DeliveryId, x.Number }).IsUnique();
        });
        return model;
    }
}

public static class WebhookLimits
{
    public const int UrlLength = 2000;
    public const int ErrorLength = 2000;
    public const int PayloadBytes = 256 * 1024;

    public static string Truncate(string text) => text.Length > ErrorLength ? text[..ErrorLength] : text;
}
