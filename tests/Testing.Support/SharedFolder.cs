namespace CarbonPlatform.Testing;

/// <summary>The specification's folder (`../shared` beside the clone), found by walking up from the test's binaries.</summary>
public static class SharedFolder
{
    /// <summary>The folder shared/<paramref name="name"/> that holds <paramref name="marker"/>.</summary>
    public static string Locate(string name, string marker)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "shared", name);
            if (File.Exists(Path.Combine(folder, marker))) return folder;
        }
        throw new DirectoryNotFoundException($"No folder shared/{name} above {AppContext.BaseDirectory}.");
    }
}
