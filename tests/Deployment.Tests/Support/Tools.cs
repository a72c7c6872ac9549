using System.Diagnostics;
using Xunit;

namespace CarbonPlatform.Deployment.Tests.Support;

public sealed record ToolResult(int ExitCode, string Stdout, string Stderr)
{
    public string Output => Stdout + Stderr;
}

/// <summary>External tools the chart checks need, found on PATH once per test run.</summary>
public static class Tools
{
    public static string? Helm { get; } = Find("helm", "version", "--short");

    /// <summary>Prometheus's promtool (Debian's prometheus package, which ./carbon test installs).</summary>
    public static string? Promtool { get; } = Find("promtool", "--version");

    /// <summary>kubectl, and whether a cluster answers it (kubectl apply --dry-run=client needs the API server's discovery).</summary>
    public static string? Kubectl { get; } = Find("kubectl", "version", "--client");

    public static bool ClusterReachable => Cluster.Value;

    private static readonly Lazy<bool> Cluster = new(() =>
        Kubectl is not null && Run(Kubectl, ["version", "--request-timeout=5s"], timeoutSeconds: 10).ExitCode == 0);

    public static ToolResult Run(string tool, IEnumerable<string> arguments, string? workingDirectory = null, string? stdin = null, int timeoutSeconds = 60)
    {
        var info = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Repo.Root,
        };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + tool);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }
        if (!process.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            process.Kill(entireProcessTree: true);
            return new ToolResult(-1, stdout.Result, stderr.Result + $"\n(timed out after {timeoutSeconds} s)");
        }
        return new ToolResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static string? Find(string name, params string[] probe)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, OperatingSystem.IsWindows() ? name + ".exe" : name);
            if (!File.Exists(candidate)) continue;
            try
            {
                if (Run(candidate, probe, timeoutSeconds: 20).ExitCode == 0) return candidate;
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException) { }
        }
        return null;
    }
}

/// <summary>A fact that runs only where `helm` is on PATH; elsewhere xunit reports it as skipped, with the reason.</summary>
public sealed class RequiresHelmFactAttribute : FactAttribute
{
    public RequiresHelmFactAttribute()
    {
        if (Tools.Helm is null) Skip = "helm is not installed on this machine: chart rendering (helm lint / helm template) is not checked here";
    }
}

/// <summary>A fact that runs only where Prometheus's `promtool` is on PATH.</summary>
public sealed class RequiresPromtoolFactAttribute : FactAttribute
{
    public RequiresPromtoolFactAttribute()
    {
        if (Tools.Promtool is null) Skip = "promtool (Debian's prometheus package) is not installed: the alert rules are not unit-tested here";
    }
}

/// <summary>A theory that runs only where `helm` is on PATH.</summary>
public sealed class RequiresHelmTheoryAttribute : TheoryAttribute
{
    public RequiresHelmTheoryAttribute()
    {
        if (Tools.Helm is null) Skip = "helm is not installed on this machine: chart rendering (helm lint / helm template) is not checked here";
    }
}

/// <summary>A fact that needs helm and a Kubernetes API server that kubectl reaches (for kubectl apply --dry-run=client).</summary>
public sealed class RequiresHelmAndClusterFactAttribute : FactAttribute
{
    public RequiresHelmAndClusterFactAttribute()
    {
        if (Tools.Helm is null) Skip = "helm is not installed on this machine: rendered manifests are not validated by kubectl here";
        else if (Tools.Kubectl is null) Skip = "kubectl is not installed on this machine: rendered manifests are not validated by kubectl here";
        else if (!Tools.ClusterReachable) Skip = "no Kubernetes API server answers kubectl (kubectl apply --dry-run=client needs its discovery): rendered manifests are not validated by kubectl here";
    }
}
