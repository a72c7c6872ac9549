using CarbonPlatform.Domain.Factors;

namespace CarbonPlatform.Accounting.Engine.Tests;

/// <summary>The platform's shared specification folder (reference data and vectors), found by
/// walking up from the test's base directory to a folder that has shared/vectors/calculation.</summary>
public static class SharedData
{
    private static readonly Lazy<string> Root = new(Locate);
    private static readonly Lazy<FactorRelease> LazyRelease = new(LoadRelease);

    public static string Folder => Root.Value;
    public static string ReferenceData => Path.Combine(Folder, "reference-data");
    public static string CalculationVectors => Path.Combine(Folder, "vectors", "calculation");

    /// <summary>The default release cn-2025.1, read from the CSV files of shared/reference-data.</summary>
    public static FactorRelease Release => LazyRelease.Value;

    public static FactorRelease LoadRelease() =>
        ReferenceDataReader.Read(ReferenceDataReader.DefaultReleaseName,
            file => new StreamReader(Path.Combine(ReferenceData, file)));

    public static Dictionary<string, string> ReferenceCsv() =>
        ReferenceDataReader.Files.ToDictionary(f => f, f => File.ReadAllText(Path.Combine(ReferenceData, f)));

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var shared = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(shared, "vectors", "calculation"))) return shared;
        }
        throw new DirectoryNotFoundException(
            $"No folder shared/vectors/calculation above {AppContext.BaseDirectory}: the shared specification must be a sibling of an ancestor of the tests");
    }
}
