namespace CarbonPlatform.Client.Tests.Support;

public static class RepositoryRoot
{
    /// <summary>The clone's root (where CarbonPlatform.sln is).</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(System.IO.Path.Combine(d.FullName, "CarbonPlatform.sln"))) return d.FullName;
        throw new InvalidOperationException("CarbonPlatform.sln not found above " + AppContext.BaseDirectory);
    }
}
