using CarbonPlatform.Testing;
using CarbonPlatform.Domain.Factors;
using CarbonPlatform.ActivityData.Factors;

namespace CarbonPlatform.ActivityData.Tests.Support;

/// <summary>The default release cn-2025.1 read from shared/reference-data, instead of the emission-factors catalogue.</summary>
public sealed class ReferenceFactorReleases : IFactorReleaseProvider
{
    private static readonly Lazy<FactorRelease> Release = new(() =>
        ReferenceDataReader.Read(ReferenceDataReader.DefaultReleaseName, file => new StreamReader(Path.Combine(SharedFolder.Locate("reference-data", ReferenceDataReader.FuelsFile), file))));

    public Task<FactorRelease> DefaultAsync(CancellationToken ct) => Task.FromResult(Release.Value);
}
