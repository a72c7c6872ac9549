using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CarbonPlatform.BuildingBlocks.Persistence;

/// <summary>
/// An entity two replicas may change at once. Its <see cref="Version"/> is an optimistic concurrency token that every
/// save replaces: an UPDATE carries the version it read, so of two writers that read the same state one changes it and
/// the other gets <see cref="DbUpdateConcurrencyException"/> (answered 409). A plain column: the same on every provider.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}

public static class ConcurrencyVersion
{
    /// <summary>Makes <see cref="IVersioned.Version"/> the concurrency token of every versioned entity in the model.</summary>
    public static ModelBuilder UseVersionTokens(this ModelBuilder model)
    {
        foreach (var type in model.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
            model.Entity(type.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        return model;
    }
}

/// <summary>Gives every added or changed versioned entity a new version as it is saved.</summary>
internal sealed class VersionInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Stamp(DbContext? context)
    {
        if (context is null) return;
        context.ChangeTracker.DetectChanges();
        foreach (var entry in context.ChangeTracker.Entries<IVersioned>())
            if (entry.State is EntityState.Added or EntityState.Modified) entry.Entity.Version = Guid.NewGuid();
    }
}
