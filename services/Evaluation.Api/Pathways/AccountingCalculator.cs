using System.Text.Json.Nodes;
using CarbonPlatform.Contracts.Grpc.Accounting;
using CarbonPlatform.Pathways.Engine.Projection;
using EngineError = CarbonPlatform.Domain.Requests.InputError;

namespace CarbonPlatform.Evaluation.Pathways;

/// <summary>Each projected year calculated by the accounting service's engine (stateless, over gRPC), as previews are.</summary>
public sealed class AccountingCalculator(Inventories.InventoriesClient accounting) : IInventoryCalculator
{
    public async Task<CalculatedInventory> CalculateAsync(JsonObject request, CancellationToken ct)
    {
        var reply = await accounting.CalculateAsync(new CalculateRequest { RequestJson = request.ToJsonString() }, cancellationToken: ct);
        if (reply.Found) return new(JsonDocument.Parse(reply.InventoryJson).RootElement.Clone(), []);
        var errors = JsonSerializer.Deserialize<List<EngineError>>(reply.ErrorsJson, JsonSerializerOptions.Web) ?? [];
        return new(null, errors);
    }
}
