using CarbonPlatform.Domain.Factors;
using CarbonPlatform.EmissionFactors.Client;

namespace CarbonPlatform.ActivityData.Factors;

/// <summary>The factor release in force, to validate lines against. The service asks the emission-factors catalogue.</summary>
public interface IFactorReleaseProvider
{
    Task<FactorRelease> DefaultAsync(CancellationToken ct);
}

public sealed class CatalogFactorReleaseProvider(FactorReleaseSource source) : IFactorReleaseProvider
{
    public async Task<FactorRelease> DefaultAsync(CancellationToken ct) =>
        await source.GetAsync(null, ct) ?? throw new InvalidOperationException("No default factor release is published.");
}
