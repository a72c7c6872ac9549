namespace CarbonPlatform.Client.Tests.Generation;

/// <summary>Two folders compared file by file, byte for byte (relative paths with '/').</summary>
public static class FolderDifference
{
    public static IReadOnlyList<string> Between(string expected, string actual)
    {
        var left = Files(expected);
        var right = Files(actual);
        return left.Keys.Union(right.Keys).Order(StringComparer.Ordinal)
            .Where(f => !left.TryGetValue(f, out var l) || !right.TryGetValue(f, out var r) || !File.ReadAllBytes(l).AsSpan().SequenceEqual(File.ReadAllBytes(r)))
            .ToList();
    }

    /// <summary>Makes <paramref name="target"/> a copy of <paramref name="source"/>: files only in the target go.</summary>
    public static void Replace(string target, string source)
    {
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        foreach (var (relative, path) in Files(source))
        {
            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(path, destination);
        }
    }

    private static Dictionary<string, string> Files(string folder) => !Directory.Exists(folder)
        ? []
        : Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'), f => f, StringComparer.Ordinal);
}
