namespace CarbonPlatform.Testing;

/// <summary>The clone's root (where CarbonPlatform.sln is), found by walking up from the test's binaries.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Locate();

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CarbonPlatform.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"CarbonPlatform.sln not found above {AppContext.BaseDirectory}.");
    }
}
