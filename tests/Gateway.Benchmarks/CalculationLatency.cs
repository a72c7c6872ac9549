using System.Buffers;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CarbonPlatform.Accounting.Benchmarks;
using CarbonPlatform.Accounting.Engine.Calculation;
using CarbonPlatform.Domain;
using CarbonPlatform.Domain.Factors;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Accounting.Engine.Results;

namespace CarbonPlatform.Gateway.Benchmarks;

/// <summary>
/// A 10,000-line <c>POST /api/v1/calculations</c> (the Accounting.Benchmarks mix) through the gateway with full, factor
/// and no lineage, brotli-compressed, and directly at accounting, interleaved; then in this process the same request
/// read, calculated and written with full lineage (what the service does), and the engine alone.
/// </summary>
public static class CalculationLatency
{
    public static async Task RunAsync(Platform platform, string token, int requests, int lines)
    {
        using var gateway = await platform.ClientAsync($"http://127.0.0.1:{platform.Options.GatewayPort}", token);
        using var direct = await platform.ClientAsync(platform.ServiceUrl("accounting"), token);
        var json = RequestMix.Json(Methods.Cers2025, lines);
        var body = Encoding.UTF8.GetBytes(json);
        // Moving the bytes alone: accounting's recorded answers replayed by a bare Kestrel, directly and through a bare
        // YARP forwarder, interleaved with the real requests.
        await using var replay = await AnswerReplay.StartAsync(await AnswerAsync(direct, "", body), await AnswerAsync(direct, "?lineage=none", body));
        await using var forwarder = await BareProxy.StartAsync(replay.Url);
        using var replayDirect = await platform.ClientAsync(replay.Url, token);
        using var replayForwarded = await platform.ClientAsync(forwarder.Url, token);
        (string Name, HttpClient Http, string Query, string? Encoding)[] kinds =
        [
            ("gateway, lineage=full", gateway, "", null),
            ("gateway, lineage=full, br", gateway, "", "br"),
            ("gateway, lineage=factors", gateway, "?lineage=factors", null),
            ("gateway, lineage=none", gateway, "?lineage=none", null),
            ("accounting directly, lineage=full", direct, "", null),
            ("accounting directly, lineage=none", direct, "?lineage=none", null),
            ("moving only: replayed answer, full", replayDirect, "", null),
            ("moving only: replayed answer, none", replayDirect, "?lineage=none", null),
            ("moving only: replayed through a bare forwarder, full", replayForwarded, "", null),
            ("moving only: replayed through a bare forwarder, none", replayForwarded, "?lineage=none", null),
        ];
        var timings = kinds.Select(k => new Timings(k.Name)).ToArray();
        // Headers go out when the answer's first 64 KiB are written, after the body was read and the lines calculated: the
        // first byte splits a request into reading + calculating, and writing + moving the answer.
        var firstBytes = kinds.Select(k => new Timings(k.Name)).ToArray();
        var sizes = new long[kinds.Length];
        for (var i = 0; i < 5; i++) foreach (var k in kinds) await PostAsync(k.Http, k.Query, k.Encoding, body);
        for (var i = 0; i < requests; i++)
            for (var j = 0; j < kinds.Length; j++)
            {
                var k = kinds[(j + i) % kinds.Length]; // rotate the order
                var index = (j + i) % kinds.Length;
                sizes[index] = await timings[index].TimeAsync(() => PostAsync(k.Http, k.Query, k.Encoding, body, firstBytes[index]));
            }

        Console.WriteLine($"POST /api/v1/calculations, cers-2025, {lines:N0} lines ({body.Length / 1048576.0:N1} MiB), {requests} of each, interleaved");
        Console.WriteLine("| request | requests | p50 | p90 | p99 | response | first byte p50 |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        for (var j = 0; j < kinds.Length; j++) Console.WriteLine(timings[j].Row($" {sizes[j] / 1048576.0:N2} MiB | {firstBytes[j].P(0.5):N2} ms |"));

        var inProcess = InProcess(json, requests * 2);
        Console.WriteLine(inProcess.Row(" |"));
        foreach (var step in Steps) Console.WriteLine(step.Row(" |"));
        Console.WriteLine($"gateway full / in process: p50 {timings[0].P(0.5) / inProcess.P(0.5):N2} (target ≤ 1.5; and p50 < 30 ms); " +
                          $"lineage=none p50 {timings[3].P(0.5):N1} ms (target < 10 ms)");
        Console.WriteLine($"moving the bytes alone, p50: full {timings[6].P(0.5):N1} ms directly, {timings[8].P(0.5):N1} ms through a bare forwarder; " +
                          $"none {timings[7].P(0.5):N1} / {timings[9].P(0.5):N1} ms. Accounting above moving them: full {timings[4].P(0.5) - timings[6].P(0.5):N1} ms, " +
                          $"none {timings[5].P(0.5) - timings[7].P(0.5):N1} ms");
        Console.WriteLine();
    }

    /// <summary>What the service does for the request, in this process: read, calculate, write with full lineage.</summary>
    private static Timings[] Steps = [];

    private static Timings InProcess(string json, int requests)
    {
        var release = ReferenceDataReader.Read(ReferenceDataReader.DefaultReleaseName, file => new StreamReader(Path.Combine(ReferenceData(), file)));
        var bytes = Encoding.UTF8.GetBytes(json);
        var timings = new Timings("in process: read + calculate + write (full)");
        var buffer = new ArrayBufferWriter<byte>(8 * 1024 * 1024);
        // Each step timed on its own as well: where the milliseconds of a request go.
        var steps = new[] { new Timings("  of which: read the body's 10,000 lines (Utf8JsonReader)"), new Timings("  of which: calculate"),
            new Timings("  of which: write the answer, full lineage"), new Timings("  (for comparison) write the answer, lineage=none") };
        void Once(bool timed)
        {
            var watch = Stopwatch.StartNew();
            var read = CalculationRequestReader.Read(bytes).Request ?? throw new InvalidOperationException("the mix did not read");
            var parsed = watch.Elapsed.TotalMilliseconds;
            var result = Calculator.Calculate(read, release).Result ?? throw new InvalidOperationException("the mix did not calculate");
            var calculated = watch.Elapsed.TotalMilliseconds;
            buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(buffer, CalculationJsonWriter.WriterOptions)) CalculationJsonWriter.Write(writer, result, Lineage.Full);
            var written = watch.Elapsed.TotalMilliseconds;
            if (!timed) return;
            timings.Add(written);
            steps[0].Add(parsed);
            steps[1].Add(calculated - parsed);
            steps[2].Add(written - calculated);
            var none = Stopwatch.StartNew();
            buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(buffer, CalculationJsonWriter.WriterOptions)) CalculationJsonWriter.Write(writer, result, Lineage.None);
            steps[3].Add(none.Elapsed.TotalMilliseconds);
        }
        for (var i = 0; i < 10; i++) Once(timed: false);
        for (var i = 0; i < requests; i++) Once(timed: true);
        Steps = steps;

        var request = CalculationRequestReader.Read(bytes).Request!;
        var engine = Stopwatch.StartNew();
        var calculated = 0L;
        while (engine.Elapsed < TimeSpan.FromSeconds(1)) calculated += Calculator.Calculate(request, release).Result!.Lines.Count; // warm-up
        engine.Restart();
        calculated = 0;
        while (engine.Elapsed < TimeSpan.FromSeconds(3)) calculated += Calculator.Calculate(request, release).Result!.Lines.Count;
        Console.WriteLine($"engine alone (calculate with lineage, one thread): {calculated / engine.Elapsed.TotalSeconds:N0} lines/s (target ≥ 5,000,000)");
        return timings;
    }

    private static async Task<byte[]> AnswerAsync(HttpClient http, string query, byte[] body)
    {
        using var content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
        using var response = await http.PostAsync("/api/v1/calculations" + query, content);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<long> PostAsync(HttpClient http, string query, string? encoding, byte[] body, Timings? firstByte = null)
    {
        var watch = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/calculations" + query) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (encoding is not null) request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        firstByte?.Add(watch.Elapsed.TotalMilliseconds);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode}: {Encoding.UTF8.GetString(bytes)[..Math.Min(500, bytes.Length)]}");
        if (encoding is not null && !response.Content.Headers.ContentEncoding.Contains(encoding)) throw new InvalidOperationException($"asked for {encoding}, got it plain");
        return bytes.LongLength;
    }

    private static string ReferenceData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "reference-data");
            if (File.Exists(Path.Combine(candidate, ReferenceDataReader.FuelsFile))) return candidate;
        }
        throw new DirectoryNotFoundException("shared/reference-data not found above " + AppContext.BaseDirectory);
    }
}
