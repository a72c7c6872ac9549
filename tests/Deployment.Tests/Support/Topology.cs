using System.Text.RegularExpressions;
using System.Xml.Linq;
using CarbonPlatform.Launcher;

namespace CarbonPlatform.Deployment.Tests.Support;

/// <summary>What the code says about each deployable: its project, the projects it references, what Program.cs wires.</summary>
public static partial class Topology
{
    public static IReadOnlyList<ServiceSpec> All { get; } = PlatformTopology.All.ToList();

    public static IEnumerable<object[]> Names => All.Select(s => new object[] { s.Name });

    public static ServiceSpec Spec(string name) => All.Single(s => s.Name == name);

    /// <summary>The one .csproj in the deployable's folder, repository-relative.</summary>
    public static string ProjectFile(ServiceSpec spec)
    {
        var files = Directory.GetFiles(Repo.PathOf(spec.ProjectFolder), "*.csproj");
        return files.Length == 1 ? Repo.Relative(files[0]) : throw new InvalidDataException($"{spec.ProjectFolder}: {files.Length} project files");
    }

    /// <summary>The project and every project it references, transitively (repository-relative .csproj paths).</summary>
    public static IReadOnlySet<string> ProjectClosure(string projectFile)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([projectFile]);
        while (pending.TryPop(out var project))
        {
            if (!seen.Add(project)) continue;
            var folder = Path.GetDirectoryName(Repo.PathOf(project))!;
            foreach (var reference in XDocument.Load(Repo.PathOf(project)).Descendants("ProjectReference"))
            {
                var include = reference.Attribute("Include")!.Value.Replace('\\', Path.DirectorySeparatorChar);
                pending.Push(Repo.Relative(Path.GetFullPath(Path.Combine(folder, include))));
            }
        }
        return seen;
    }

    public static string Program(ServiceSpec spec) => Repo.Read($"{spec.ProjectFolder}/Program.cs");

    /// <summary>The name given to AddServiceDatabase&lt;T&gt;("name") (the connection string's name), or null.</summary>
    public static string? DatabaseName(ServiceSpec spec) => AddServiceDatabase().Match(Program(spec)) is { Success: true } m ? m.Groups[1].Value : null;

    public static string? MessagingName(ServiceSpec spec) => AddMessaging().Match(Program(spec)) is { Success: true } m ? m.Groups[1].Value : null;

    public static bool MapsGrpcServices(ServiceSpec spec) => Program(spec).Contains("MapGrpcService<", StringComparison.Ordinal);

    /// <summary>Every "Services:X:Grpc" / "Services:X:Http" key the C# code reads (services, gateway, contracts).</summary>
    public static IReadOnlySet<(string ConfigName, string Kind)> ServiceAddressesReadByCode()
    {
        var found = new HashSet<(string, string)>();
        foreach (var folder in new[] { "services", "gateway", "contracts" })
            foreach (var file in Directory.EnumerateFiles(Repo.PathOf(folder), "*.cs", SearchOption.AllDirectories))
            {
                if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")) continue;
                foreach (Match m in ServiceAddressKey().Matches(File.ReadAllText(file))) found.Add((m.Groups[1].Value, m.Groups[2].Value));
            }
        return found;
    }

    [GeneratedRegex("""AddServiceDatabase<\w+>\(\s*"([^"]+)"\s*\)""")]
    private static partial Regex AddServiceDatabase();

    [GeneratedRegex("""AddMessaging<\w+>\(\s*"([^"]+)"\s*[,)]""")]
    private static partial Regex AddMessaging();

    [GeneratedRegex(""""Services:(\w+):(Grpc|Http)"""")]
    private static partial Regex ServiceAddressKey();
}
