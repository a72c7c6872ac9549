using System.Diagnostics;
using System.Text.Json;
using CarbonPlatform.Accounting.Benchmarks;
using CarbonPlatform.Accounting.Engine;
using CarbonPlatform.Accounting.Engine.Calculation;
using CarbonPlatform.Domain;
using CarbonPlatform.Domain.Factors;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Accounting.Engine.Results;

// Lines per second of the accounting engine on one core, with lineage, for 10,000-line requests.
// Run: dotnet run -c Release --project tests/Accounting.Benchmarks
// Latency of POST /api/v1/calculations through a running gateway (./carbon up):
//      dotnet run -c Release --project tests/Accounting.Benchmarks -- gateway --url http://localhost:8080
if (args.Length > 0 && args[0] == "gateway")
{
    await GatewayLatency.RunAsync(args);
    return;
}
const int LinesPerRequest = 10_000;
var release = ReferenceDataReader.Read(ReferenceDataReader.DefaultReleaseName, file => new StreamReader(Path.Combine(ReferenceData(), file)));
var problems = FactorReleaseValidator.Validate(release);
if (problems.Count > 0) throw new InvalidOperationException(string.Join("; ", problems));

Console.WriteLine($"Accounting engine, {LinesPerRequest:N0}-line requests, release {release.Name}, one thread");
Console.WriteLine($"{"method",-15} {"stage",-34} {"lines/s",14} {"µs/request",12}");
foreach (var method in new[] { Methods.Cers2025, Methods.Ndrc910 })
{
    var json = RequestMix.Json(method, LinesPerRequest);
    using var document = JsonDocument.Parse(json);
    var read = CalculationRequestReader.Read(document.RootElement);
    if (read.Errors.Count > 0) throw new InvalidOperationException(string.Join("; ", read.Errors));
    var request = read.Request!;
    var check = Calculator.Calculate(request, release);
    if (!check.Succeeded) throw new InvalidOperationException(string.Join("; ", check.Errors));

    var utf8 = System.Text.Encoding.UTF8.GetBytes(json);
    Report(method, "calculate (with lineage)", () => Calculator.Calculate(request, release).Result!.Lines.Count);
    Report(method, "read UTF-8 + calculate", () => Calculator.Calculate(CalculationRequestReader.Read(utf8).Request!, release).Result!.Lines.Count);
    // What binding a JsonElement cost before the reader read the bytes itself: a document, before any line was read.
    Report(method, "JsonDocument.Parse alone (before)", () =>
    {
        using var doc = JsonDocument.Parse(utf8);
        return doc.RootElement.GetProperty("lines").GetArrayLength();
    });
    Report(method, "read + calculate + serialize", () =>
    {
        var result = Calculator.Calculate(CalculationRequestReader.Read(utf8).Request!, release).Result!;
        return JsonSerializer.SerializeToUtf8Bytes(result, EngineJson.Options).Length > 0 ? result.Lines.Count : 0;
    });
}

static void Report(string method, string stage, Func<int> run)
{
    Measure(run, TimeSpan.FromSeconds(1.5)); // warm-up: tiered JIT and PGO settle
    var (requests, elapsed) = Measure(run, TimeSpan.FromSeconds(4));
    var linesPerSecond = requests * (double)LinesPerRequest / elapsed.TotalSeconds;
    Console.WriteLine($"{method,-15} {stage,-34} {linesPerSecond,14:N0} {elapsed.TotalMicroseconds / requests,12:N0}");
}

static (int Requests, TimeSpan Elapsed) Measure(Func<int> run, TimeSpan duration)
{
    var watch = Stopwatch.StartNew();
    var requests = 0;
    while (watch.Elapsed < duration)
    {
        if (run() != LinesPerRequest) throw new InvalidOperationException("a request lost lines");
        requests++;
    }
    return (requests, watch.Elapsed);
}

static string ReferenceData()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "shared", "reference-data");
        if (File.Exists(Path.Combine(candidate, ReferenceDataReader.FuelsFile))) return candidate;
    }
    throw new DirectoryNotFoundException("shared/reference-data not found above " + AppContext.BaseDirectory);
}
