using System.Text.Json;
using System.Xml.Linq;

namespace CarbonPlatform.Architecture.Tests;

/// <summary>The repository's projects by name (the csproj file's name), their project references and package closure.</summary>
public static class ProjectGraph
{
    public static string Root { get; } = FindRoot();

    public static IReadOnlyDictionary<string, string> Projects { get; } = Directory
        .EnumerateFiles(Root, "*.csproj", SearchOption.AllDirectories)
        .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !p.Contains($"{Path.DirectorySeparatorChar}.tools{Path.DirectorySeparatorChar}"))
        .ToDictionary(p => Path.GetFileNameWithoutExtension(p), p => p);

    public static IReadOnlyList<string> References(string project)
    {
        var path = Projects[project];
        return XDocument.Load(path).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', Path.DirectorySeparatorChar)))
            .ToList();
    }

    /// <summary>Every project reached from this one, itself excluded.</summary>
    public static ISet<string> Closure(string project)
    {
        var seen = new HashSet<string>();
        var next = new Stack<string>(References(project));
        while (next.TryPop(out var p))
            if (seen.Add(p)) foreach (var r in References(p)) next.Push(r);
        return seen;
    }

    /// <summary>Every package restored for the project, direct or transitive (the restore's own record).</summary>
    public static IReadOnlyList<string> Packages(string project)
    {
        var assets = Path.Combine(Path.GetDirectoryName(Projects[project])!, "obj", "project.assets.json");
        using var document = JsonDocument.Parse(File.ReadAllText(assets));
        return document.RootElement.GetProperty("libraries").EnumerateObject()
            .Where(l => l.Value.GetProperty("type").GetString() == "package")
            .Select(l => l.Name.Split('/')[0])
            .ToList();
    }

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "CarbonPlatform.sln"))) return d.FullName;
        throw new InvalidOperationException("CarbonPlatform.sln not found above " + AppContext.BaseDirectory);
    }
}
