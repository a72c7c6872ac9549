using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CarbonPlatform.ActivityData.Tests.Support;

/// <summary>
/// npm's s3rver, an S3-compatible server, on a free loopback port with a data folder of its own and one bucket:
/// as ./carbon test installs it into .tools/s3rver (CARBON_S3RVER names another s3rver.js).
/// </summary>
public sealed class S3Server : IAsyncDisposable
{
    public const string Bucket = "evidence";
    public const string AccessKey = "S3RVER"; // s3rver's own fixed development credentials
    public const string SecretKey = "S3RVER";

    public static string? Script { get; } = new[]
    {
        Environment.GetEnvironmentVariable("CARBON_S3RVER"),
        Path.Combine(CarbonPlatform.Testing.RepositoryRoot.Path, ".tools", "s3rver", "node_modules", "s3rver", "bin", "s3rver.js"),
    }.FirstOrDefault(File.Exists);

    private readonly Process _process;
    private readonly string _folder;

    private S3Server(Process process, string folder, int port) => (_process, _folder, Url) = (process, folder, $"http://127.0.0.1:{port}");

    public string Url { get; }

    public static async Task<S3Server> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("carbon-s3rver-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Script!, "-d", folder, "-a", "127.0.0.1", "-p", port.ToString(), "--silent", "--configure-bucket", Bucket })
            start.ArgumentList.Add(a);
        var server = new S3Server(Process.Start(start)!, folder, port);
        using var http = new HttpClient();
        for (var i = 0; i < 100; i++)
        {
            try { if ((await http.GetAsync($"{server.Url}/{Bucket}")).StatusCode != HttpStatusCode.ServiceUnavailable) return server; }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        await server.DisposeAsync();
        throw new InvalidOperationException("s3rver did not answer on " + server.Url);
    }

    public Dictionary<string, string?> Settings(string prefix = "evidence/") => new()
    {
        ["Evidence:S3:ServiceUrl"] = Url, ["Evidence:S3:Bucket"] = Bucket, ["Evidence:S3:Prefix"] = prefix,
        ["Evidence:S3:AccessKey"] = AccessKey, ["Evidence:S3:SecretKey"] = SecretKey,
    };

    /// <summary>Where s3rver keeps an object's bytes on disk, to change them behind the service's back.</summary>
    public string ObjectFile(string key) => Directory.EnumerateFiles(Path.Combine(_folder, Bucket), "*", SearchOption.AllDirectories)
        .Single(f => f.Replace('\\', '/').Contains(key, StringComparison.Ordinal) && f.EndsWith("._S3rver_object", StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed class S3rverFactAttribute : FactAttribute
{
    public S3rverFactAttribute()
    {
        if (S3Server.Script is null) Skip = "s3rver is not installed in .tools/s3rver (./carbon test installs it with npm)";
    }
}
