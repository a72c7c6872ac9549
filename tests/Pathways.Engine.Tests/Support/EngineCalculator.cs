using System.Text.Json;
using System.Text.Json.Nodes;
using CarbonPlatform.Accounting.Engine.Calculation;
using CarbonPlatform.Domain.Factors;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Accounting.Engine.Results;
using CarbonPlatform.Pathways.Engine.Projection;
using InputError = CarbonPlatform.Domain.Requests.InputError;

namespace CarbonPlatform.Pathways.Engine.Tests.Support;

/// <summary>The accounting engine with the default release cn-2025.1 read from shared/reference-data; counts its calls.</summary>
public sealed class EngineCalculator : IInventoryCalculator
{
    private static readonly Lazy<FactorRelease> LazyRelease = new(() => ReferenceDataReader.Read(ReferenceDataReader.DefaultReleaseName,
        file => new StreamReader(Path.Combine(SharedFolder(), "reference-data", file))));

    public static FactorRelease Release => LazyRelease.Value;

    public int Calls { get; private set; }

    public Task<CalculatedInventory> CalculateAsync(JsonObject request, CancellationToken ct)
    {
        Calls++;
        return Task.FromResult(Calculate(request.ToJsonString()));
    }

    public static CalculatedInventory Calculate(string requestJson)
    {
        var read = CalculationRequestReader.Read(requestJson);
        if (read.Request is null || read.Errors.Count > 0) return new(null, read.Errors.Select(ToError).ToList());
        var outcome = Calculator.Calculate(read.Request, Release);
        return outcome.Succeeded
            ? new(JsonDocument.Parse(EngineJson.Serialize(outcome.Result!)).RootElement.Clone(), [])
            : new(null, outcome.Errors.Select(ToError).ToList());
    }

    private static InputError ToError(Domain.Requests.InputError e) => new(e.Line, e.Field, e.Code, e.Message);

    private static string SharedFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "shared", "reference-data"))) return Path.Combine(dir.FullName, "shared");
        throw new DirectoryNotFoundException("No folder shared/reference-data above " + AppContext.BaseDirectory);
    }
}
