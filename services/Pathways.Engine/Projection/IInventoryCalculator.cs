using System.Text.Json;
using System.Text.Json.Nodes;
using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Pathways.Engine.Projection;

/// <summary>
/// The accounting engine as the caller reaches it (the evaluation service: accounting's stateless calculation over
/// gRPC; tests: the engine in-process). A pathway never computes a total itself.
/// </summary>
public interface IInventoryCalculator
{
    /// <summary>The result in the shape of POST /calculations' response, or the request's input errors.</summary>
    Task<CalculatedInventory> CalculateAsync(JsonObject request, CancellationToken ct);
}

public sealed record CalculatedInventory(JsonElement? Inventory, IReadOnlyList<InputError> Errors);
