using CarbonPlatform.Testing;
using Microsoft.EntityFrameworkCore;
using CarbonPlatform.ParkRegistry.Data;
using CarbonPlatform.ParkRegistry.Lifecycle;

namespace CarbonPlatform.ParkRegistry.Tests;

/// <summary>What the registry ends up saying of a park and its application.</summary>
public sealed record ParkOutcome(string Stage, Guid? CertifyingBodyId, bool ReviewOpen, Guid ReviewingBodyId);

/// <summary>The registry's lifecycle consumers, fed events one by one.</summary>
public static class LifecycleWorld
{
    public static Task<ConsumerWorld<RegistryDb>> StartAsync() => ConsumerWorld<RegistryDb>.StartAsync(x =>
    {
        x.AddConsumer<EvaluationCompletedConsumer>();
        x.AddConsumer<CertificationAppliedConsumer>();
        x.AddConsumer<CertificationReviewChangedConsumer>();
        x.AddConsumer<CertificateIssuedConsumer>();
        x.AddConsumer<CertificateStatusChangedConsumer>();
        x.AddConsumer<CertifiedYearReopenedConsumer>();
    });

    public static Task<Guid> ParkAsync(this ConsumerWorld<RegistryDb> world) => world.WithDbAsync(async db =>
    {
        var park = new Park { Id = Guid.NewGuid(), Name = "园区 " + Guid.NewGuid().ToString("N")[..6], RegionCode = "320571", OperatorOrganizationId = Guid.NewGuid(), CreatedAt = DateTime.UtcNow };
        db.Parks.Add(park);
        await db.SaveChangesAsync();
        return park.Id;
    });

    public static Task<ParkOutcome> OutcomeAsync(this ConsumerWorld<RegistryDb> world, Guid parkId, Guid applicationId) => world.WithDbAsync(async db =>
    {
        var park = await db.Parks.AsNoTracking().SingleAsync(p => p.Id == parkId);
        var review = await db.ReviewAssignments.AsNoTracking().SingleAsync(a => a.ApplicationId == applicationId);
        return new ParkOutcome(ParkLifecycle.Name(park.Stage), park.CertifyingBodyId, review.Open, review.CertificationBodyId);
    });
}
