namespace CarbonPlatform.EndToEnd.Tests;

public static class RepositoryPaths
{
    /// <summary>The clone's root (where CarbonPlatform.sln is).</summary>
    public static string Root { get; } = FindUp(AppContext.BaseDirectory, d => File.Exists(Path.Combine(d, "CarbonPlatform.sln")))
        ?? throw new InvalidOperationException("CarbonPlatform.sln not found above " + AppContext.BaseDirectory);

    /// <summary>shared/ beside the clone (CI puts it there): the specification's vectors.</summary>
    public static string Shared { get; } = FindUp(Root, d => Directory.Exists(Path.Combine(d, "shared", "vectors"))) is { } parent
        ? Path.Combine(parent, "shared")
        : throw new InvalidOperationException("shared/vectors not found beside the repository " + Root);

    private static string? FindUp(string start, Func<string, bool> found)
    {
        for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
            if (found(d.FullName)) return d.FullName;
        return null;
    }
}
