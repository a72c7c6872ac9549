using System.Text.Json;
using CarbonPlatform.Accounting.Engine;
using CarbonPlatform.Domain.Factors;
using CarbonPlatform.Accounting.Engine.Results;
using CarbonPlatform.Evaluation.Engine.Evaluating;
using CarbonPlatform.Evaluation.Engine.Inputs;
using CarbonPlatform.Evaluation.Engine.Schemes;
using CarbonPlatform.Evaluation.Engine.Serialization;

namespace CarbonPlatform.Certification.Tests.Support;

/// <summary>
/// The stored evaluation result JSON of a shared evaluation vector, produced as the platform does:
/// the accounting engine computes the inventory, the evaluation engine evaluates it, EvaluationJson serialises it.
/// </summary>
internal static class SharedVectors
{
    private static readonly Lazy<string> Shared = new(LocateShared);
    private static readonly Lazy<FactorRelease> Release = new(() => ReferenceDataReader.Read(ReferenceDataReader.DefaultReleaseName,
        file => new StreamReader(Path.Combine(Shared.Value, "reference-data", file))));

    public static string ResultJson(string vector)
    {
        using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(Shared.Value, "vectors", "evaluation", vector + ".json")));
        var request = file.RootElement.GetProperty("request");
        var accounting = AccountingEngine.Calculate(request.GetProperty("inventory"), Release.Value);
        Assert.True(accounting.Succeeded, $"{vector}: accounting failed: " + string.Join("; ", accounting.Errors));

        using var inventory = JsonDocument.Parse(EngineJson.Serialize(accounting.Result!));
        var figures = InventoryFiguresReader.Read(inventory.RootElement);
        Assert.True(figures.IsValid, $"{vector}: " + string.Join("; ", figures.Errors.Select(e => e.Message)));

        var scheme = SchemeCatalog.BuiltIn.Get(request.GetProperty("scheme").GetString()!);
        var inputs = EvaluationInputReader.Read(scheme, Optional(request, "indicators"), Optional(request, "management"));
        Assert.True(inputs.IsValid, $"{vector}: " + string.Join("; ", inputs.Errors.Select(e => e.Message)));
        return EvaluationJson.Serialize(SchemeEvaluator.Evaluate(scheme, figures.Figures!, inputs.Inputs));
    }

    private static JsonElement? Optional(JsonElement request, string name) =>
        request.TryGetProperty(name, out var value) ? value.Clone() : null;

    private static string LocateShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var shared = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(shared, "vectors", "evaluation"))) return shared;
        }

        throw new DirectoryNotFoundException($"No folder shared/vectors/evaluation above {AppContext.BaseDirectory}.");
    }
}
