using CarbonPlatform.Accounting.Engine.Factors;
using CarbonPlatform.ActivityData.Factors;

namespace CarbonPlatform.ActivityData.Tests.Support;

/// <summary>The default release cn-2025.1 read from shared/reference-data, instead of the emission-factors catalogue.</summary>
public sealed class ReferenceFactorReleases : IFactorReleaseProvider
{
    private static readonly Lazy<FactorRelease> Release = new(() =>
        ReferenceDataReader.Read(ReferenceDataReader.DefaultReleaseName, file => new StreamReader(Path.Combine(Locate(), file))));

    public Task<FactorRelease> DefaultAsync(CancellationToken ct) => Task.FromResult(Release.Value);

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "shared", "reference-data");
            if (File.Exists(Path.Combine(folder, ReferenceDataReader.FuelsFile))) return folder;
        }
        throw new DirectoryNotFoundException($"No folder shared/reference-data above {AppContext.BaseDirectory}.");
    }
}
