using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace CarbonPlatform.ActivityData.Benchmarks;

public sealed record ImportResult(TimeSpan Committed, TimeSpan InventoryCurrent, long? PeakRssMiB);

/// <summary>Uploads the file through the gateway (streamed from disk), then waits for the inventory that folds it in.</summary>
public static class ImportRun
{
    public static async Task<ImportResult> RunAsync(Platform platform, Guid park, string file, int rows)
    {
        // This repository's service (other checkouts on the machine may run one too).
        var pid = ServiceProcess.Find(Path.Combine(PostgresPlatform.RepositoryRoot(), "services", "ActivityData.Api", "bin"));
        if (pid is { } p) ServiceProcess.ResetPeak(p);
        var watch = Stopwatch.StartNew();
        await using var stream = File.OpenRead(file);
        using var content = new StreamContent(stream, 1 << 16);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Headers.ContentLength = stream.Length;
        using var response = await platform.Http.PostAsync($"/api/v1/parks/{park}/meter-readings?year=2025&dryRun=false", content);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
        var committed = watch.Elapsed;
        var accepted = JsonDocument.Parse(body).RootElement;
        if (accepted.GetProperty("rows").GetInt32() != rows) throw new InvalidOperationException("the import lost rows: " + body);
        var batch = accepted.GetProperty("batchId").GetString();

        while (true)
        {
            using var inventory = await platform.Http.GetAsync($"/api/v1/parks/{park}/inventories/2025?method=cers-2025");
            if (inventory.IsSuccessStatusCode)
            {
                var json = JsonDocument.Parse(await inventory.Content.ReadAsStringAsync()).RootElement;
                if (json.GetProperty("status").GetString() == "current" && json.GetProperty("batches").EnumerateArray().Any(b => string.Equals(b.GetString(), batch, StringComparison.OrdinalIgnoreCase))) break;
            }
            if (watch.Elapsed > TimeSpan.FromMinutes(5)) throw new TimeoutException("the inventory did not become current");
            await Task.Delay(50);
        }
        return new ImportResult(committed, watch.Elapsed, pid is { } id ? ServiceProcess.PeakRssMiB(id) : null);
    }
}

/// <summary>Linux /proc: the service's process, its peak resident set (VmHWM), and resetting that peak (clear_refs 5).</summary>
public static class ServiceProcess
{
    public static int? Find(string dll) =>
        Directory.GetDirectories("/proc").Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : (int?)null).Where(p => p is not null)
            .FirstOrDefault(p => ReadOrEmpty($"/proc/{p}/cmdline").Contains(dll, StringComparison.Ordinal));

    public static void ResetPeak(int pid) => File.WriteAllText($"/proc/{pid}/clear_refs", "5");

    public static long PeakRssMiB(int pid) =>
        long.Parse(File.ReadAllLines($"/proc/{pid}/status").First(l => l.StartsWith("VmHWM:")).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;

    private static string ReadOrEmpty(string path)
    {
        try { return File.ReadAllText(path); }
        catch (IOException) { return ""; }
        catch (UnauthorizedAccessException) { return ""; }
    }
}
