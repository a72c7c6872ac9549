using System.Text.RegularExpressions;
using CarbonPlatform.Deployment.Tests.Support;
using Xunit;

namespace CarbonPlatform.Deployment.Tests;

/// <summary>deploy/docker/&lt;name&gt;.Dockerfile: one per deployable, all alike, each copying exactly its project closure.</summary>
public sealed partial class DockerfileTests
{
    private static string DockerfileOf(string name) => $"deploy/docker/{name}.Dockerfile";

    private static string[] Lines(string name) => Repo.Read(DockerfileOf(name)).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    [Fact]
    public void Every_deployable_has_a_Dockerfile_and_there_are_no_others()
    {
        var expected = Topology.All.Select(s => DockerfileOf(s.Name)).Order(StringComparer.Ordinal).ToList();
        var actual = Directory.GetFiles(Repo.PathOf("deploy/docker"), "*.Dockerfile").Select(Repo.Relative).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Topology.Names), MemberType = typeof(Topology))]
    public void Copies_exactly_the_project_closure_and_restores_then_publishes_the_deployable(string name)
    {
        var spec = Topology.Spec(name);
        var project = Topology.ProjectFile(spec);
        var closure = Topology.ProjectClosure(project);
        var lines = Lines(name);

        var projectCopies = lines.Where(l => ProjectCopy().IsMatch(l)).ToList();
        Assert.Equal(closure.Select(p => $"COPY {p} {Path.GetDirectoryName(p)!.Replace('\\', '/')}/").Order(StringComparer.Ordinal),
            projectCopies.Order(StringComparer.Ordinal));
        var sourceCopies = lines.Where(l => SourceCopy().IsMatch(l)).ToList();
        Assert.Equal(closure.Select(p => Path.GetDirectoryName(p)!.Replace('\\', '/')).Select(d => $"COPY {d}/ {d}/").Order(StringComparer.Ordinal),
            sourceCopies.Order(StringComparer.Ordinal));
        Assert.Contains("COPY Directory.Build.props Directory.Packages.props ./", lines);

        // Restored and published for the target architecture (BuildKit's TARGETARCH: amd64 or arm64), framework-dependent.
        var restore = Array.IndexOf(lines, $"RUN dotnet restore {project} -a $TARGETARCH");
        var publish = Array.IndexOf(lines, $"RUN dotnet publish {project} -a $TARGETARCH -c Release -o /app --no-restore --self-contained false -p:UseAppHost=false");
        Assert.Contains("ARG TARGETARCH", lines);
        Assert.True(restore > 0, "restore of " + project);
        Assert.True(publish > restore, "publish of " + project + " after its restore");
        // Project files (and only they) before the restore, sources after it: the restore layer survives code changes.
        Assert.All(projectCopies, l => Assert.True(Array.IndexOf(lines, l) < restore, l));
        Assert.All(sourceCopies, l => Assert.InRange(Array.IndexOf(lines, l), restore + 1, publish - 1));
        foreach (var p in closure) Assert.True(Repo.Exists(p), p);
    }

    [Theory]
    [MemberData(nameof(Topology.Names), MemberType = typeof(Topology))]
    public void Runtime_stage_runs_the_assembly_as_a_non_root_user_on_the_charts_ports(string name)
    {
        var spec = Topology.Spec(name);
        var text = Repo.Read(DockerfileOf(name));
        var runtime = text[text.IndexOf("AS runtime", StringComparison.Ordinal)..];
        Assert.Contains($"ENTRYPOINT [\"dotnet\", \"{spec.AssemblyName}.dll\"]", runtime);

        var user = UserLine().Match(runtime);
        Assert.True(user.Success, "numeric USER uid:gid in the runtime stage (runAsNonRoot can only verify a numeric user)");
        Assert.NotEqual("0", user.Groups[1].Value);
        Assert.Equal("1654", user.Groups[1].Value); // the .NET images' "app" user; the chart's global.securityContext.runAsUser
        Assert.Equal(1654, Charts.Int(Charts.DefaultValues(Charts.Platform), "global.securityContext.runAsUser"));

        var component = Charts.Component(name);
        var http = Charts.Int(component, "ports.http");
        var grpc = Charts.Int(component, "ports.grpc");
        Assert.Contains($"Kestrel__Endpoints__Http__Url=http://*:{http}", runtime);
        Assert.Equal(spec.ServesGrpc, runtime.Contains("Kestrel__Endpoints__Grpc__Url", StringComparison.Ordinal));
        if (spec.ServesGrpc)
        {
            Assert.Contains($"Kestrel__Endpoints__Grpc__Url=http://*:{grpc}", runtime);
            Assert.Contains("Kestrel__Endpoints__Grpc__Protocols=Http2", runtime);
        }
        var expose = Regex.Match(runtime, @"^EXPOSE (.+)$", RegexOptions.Multiline).Groups[1].Value.Trim();
        Assert.Equal(spec.ServesGrpc ? $"{http} {grpc}" : $"{http}", expose);
    }

    [Theory]
    [MemberData(nameof(Topology.Names), MemberType = typeof(Topology))]
    public void Base_images_are_the_dotnet_10_sdk_and_aspnet_runtime_with_digests_left_to_the_release_pipeline(string name)
    {
        var text = Repo.Read(DockerfileOf(name));
        Assert.Matches(@"(?m)^ARG SDK_IMAGE=mcr\.microsoft\.com/dotnet/sdk:10\.0[-\w]*$", text);
        Assert.Matches(@"(?m)^ARG RUNTIME_IMAGE=mcr\.microsoft\.com/dotnet/aspnet:10\.0[-\w]*$", text);
        Assert.Contains("FROM --platform=$BUILDPLATFORM ${SDK_IMAGE} AS build", text);
        Assert.Contains("FROM ${RUNTIME_IMAGE} AS runtime", text);
        Assert.DoesNotContain(":latest", text);
        // Honest about the digests: not pinned here, filled by the release pipeline.
        Assert.Contains("NOT PINNED", text);
        Assert.Contains("--build-arg RUNTIME_IMAGE=mcr.microsoft.com/dotnet/aspnet:10.0", text);
        Assert.Contains("@sha256:<digest>", text);
        // ICU is needed: the projects do not use invariant globalization.
        Assert.Contains("<InvariantGlobalization>false</InvariantGlobalization>", Repo.Read("Directory.Build.props"));
        Assert.Matches(@"(?m)^ARG RUNTIME_IMAGE=.*-extra$", text);
    }

    [Theory]
    [MemberData(nameof(Topology.Names), MemberType = typeof(Topology))]
    public void Runtime_settings_keep_writes_in_tmp_for_a_read_only_root_filesystem(string name)
    {
        var text = Repo.Read(DockerfileOf(name));
        var runtime = text[text.IndexOf("AS runtime", StringComparison.Ordinal)..];
        foreach (var setting in new[]
        {
            "ASPNETCORE_HTTP_PORTS= ", "ASPNETCORE_hostBuilder__reloadConfigOnChange=false", "HOME=/tmp", "TMPDIR=/tmp",
            "Database__DataFolder=/tmp/data", "ASPNETCORE_ENVIRONMENT=Production",
        })
            Assert.Contains(setting, runtime);
        Assert.DoesNotContain("RUN ", runtime); // nothing executes in the (shell-less) runtime image
    }

    [Fact]
    public void All_Dockerfiles_are_the_same_file_but_for_the_deployables_own_lines()
    {
        var normalised = Topology.All.ToDictionary(s => s.Name, Normalise);
        var reference = normalised["gateway"];
        foreach (var (name, text) in normalised)
            Assert.True(reference == text, $"{DockerfileOf(name)} differs from {DockerfileOf("gateway")} beyond the deployable's own lines:\n{FirstDifference(reference, text)}");
    }

    [Fact]
    public void Dockerignore_sends_only_sources_and_never_build_output()
    {
        var lines = Repo.Read(".dockerignore").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Assert.Equal("*", lines[0]);
        foreach (var excluded in new[] { "**/bin/", "**/obj/", "**/*.db" }) Assert.Contains(excluded, lines);
        // Everything a Dockerfile copies is re-included after the initial "*".
        var included = lines.Where(l => l.StartsWith('!')).Select(l => l[1..].TrimEnd('/')).ToHashSet();
        foreach (var spec in Topology.All)
            foreach (var line in Lines(spec.Name).Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.Contains("--from=", StringComparison.Ordinal)))
            {
                var sources = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1];
                foreach (var source in sources)
                    Assert.True(included.Contains(source.Split('/')[0]), $"{DockerfileOf(spec.Name)} copies {source}, which .dockerignore excludes");
            }
    }

    /// <summary>The Dockerfile with the deployable's own lines removed and its names replaced by placeholders.</summary>
    private static string Normalise(Launcher.ServiceSpec spec)
    {
        var project = Topology.ProjectFile(spec);
        var lines = WithoutOwnBlocks(Lines(spec.Name))
            .Where(l => !ProjectCopy().IsMatch(l) && !SourceCopy().IsMatch(l))
            .Where(l => !l.Contains("Kestrel__Endpoints__Grpc", StringComparison.Ordinal) && !l.StartsWith("EXPOSE ", StringComparison.Ordinal))
            .Where(l => !l.StartsWith("# HTTP on ", StringComparison.Ordinal))
            .Select(l => l.Replace(project, "<project>").Replace(spec.AssemblyName, "<assembly>").Replace(spec.Name, "<name>"))
            .Select(l => l.TrimEnd(' ', '\\'));
        return string.Join('\n', lines);
    }

    /// <summary>Drops each block from "# ---- own: …" to "# ---- end own ----": a deployable's own stage (the certification fonts).</summary>
    private static IEnumerable<string> WithoutOwnBlocks(IEnumerable<string> lines)
    {
        var inside = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("# ---- own:", StringComparison.Ordinal)) inside = true;
            else if (line.StartsWith("# ---- end own", StringComparison.Ordinal)) inside = false;
            else if (!inside) yield return line;
        }
    }

    private static string FirstDifference(string a, string b)
    {
        var x = a.Split('\n');
        var y = b.Split('\n');
        for (var i = 0; i < Math.Max(x.Length, y.Length); i++)
        {
            var l = i < x.Length ? x[i] : "<end>";
            var r = i < y.Length ? y[i] : "<end>";
            if (l != r) return $"line {i + 1}:\n  {l}\n  {r}";
        }
        return "(none)";
    }

    [GeneratedRegex(@"^COPY \S+\.csproj \S+/$")]
    private static partial Regex ProjectCopy();

    [GeneratedRegex(@"^COPY (?!--)(?!Directory\.)\S+/ \S+/$")]
    private static partial Regex SourceCopy();

    [GeneratedRegex(@"(?m)^USER (\d+):(\d+)$")]
    private static partial Regex UserLine();
}
