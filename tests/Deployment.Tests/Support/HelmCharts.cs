using System.Text.Json.Nodes;

namespace CarbonPlatform.Deployment.Tests.Support;

/// <summary>
/// Renders the charts with the helm binary. The charts are copied to a temporary folder first, so that
/// `helm dependency build` (which writes charts/carbon-platform/charts/) never touches the work tree.
/// </summary>
public static class HelmCharts
{
    private static readonly Lazy<string> Copy = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "carbon-charts-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var chart in Charts.All) CopyTree(Repo.PathOf(chart), Path.Combine(folder, Path.GetFileName(chart)));
        var build = Tools.Run(Tools.Helm!, ["dependency", "build", "carbon-platform"], folder, timeoutSeconds: 120);
        if (build.ExitCode != 0) throw new InvalidOperationException("helm dependency build failed:\n" + build.Output);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { Directory.Delete(folder, true); } catch (IOException) { } };
        return folder;
    });

    public static string Folder => Copy.Value;

    /// <summary>helm template of a chart (e.g. "carbon-platform") with values files (repository-relative) and --set pairs.</summary>
    public static ToolResult Template(string chart, IEnumerable<string>? valuesFiles = null, IEnumerable<string>? sets = null, string release = "carbon")
    {
        var args = new List<string> { "template", release, chart, "--namespace", "carbon" };
        foreach (var file in valuesFiles ?? []) args.AddRange(["-f", Repo.PathOf(file)]);
        foreach (var set in sets ?? []) args.AddRange(["--set", set]);
        return Tools.Run(Tools.Helm!, args, Folder, timeoutSeconds: 120);
    }

    public static ToolResult Lint(string chart, IEnumerable<string>? valuesFiles = null)
    {
        var args = new List<string> { "lint", chart, "--strict" };
        foreach (var file in valuesFiles ?? []) args.AddRange(["-f", Repo.PathOf(file)]);
        return Tools.Run(Tools.Helm!, args, Folder, timeoutSeconds: 120);
    }

    public static List<JsonObject> Documents(ToolResult rendered, string what)
    {
        if (rendered.ExitCode != 0) throw new InvalidOperationException($"helm template {what} failed:\n{rendered.Output}");
        return YamlJson.ParseAll(rendered.Stdout, "helm template " + what).Select(d => d as JsonObject
            ?? throw new InvalidDataException($"{what}: a rendered document is not a mapping")).ToList();
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from))
            if (Path.GetFileName(dir) != "charts") CopyTree(dir, Path.Combine(to, Path.GetFileName(dir)));
    }
}
