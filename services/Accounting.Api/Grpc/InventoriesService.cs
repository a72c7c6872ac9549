using System.Text.Json;
using CarbonPlatform.Accounting.Calculations;
using CarbonPlatform.Accounting.Inventories;
using CarbonPlatform.Accounting.Engine.Results;
using CarbonPlatform.Contracts.Grpc.Accounting;
using CarbonPlatform.EmissionFactors.Client;
using Grpc.Core;

namespace CarbonPlatform.Accounting.Grpc;

/// <summary>Internal: evaluation reads a park's current inventory, or has a preview's inventory calculated.</summary>
public sealed class InventoriesService(InventoryReader reader, FactorReleaseSource releases) : CarbonPlatform.Contracts.Grpc.Accounting.Inventories.InventoriesBase
{
    public override async Task<InventoryReply> GetInventory(GetInventoryRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.ParkId, out var parkId)) return new InventoryReply();
        var found = await reader.FindAsync(parkId, request.Year, request.Method, null, context.CancellationToken);
        if (found is null) return new InventoryReply();
        return new InventoryReply
        {
            Found = true, Version = found.Version.Version, FactorRelease = found.Version.FactorRelease,
            InventoryJson = found.Version.ResultJson, ErrorsJson = found.Version.ErrorsJson ?? "",
        };
    }

    public override async Task<InventoryReply> Calculate(CalculateRequest request, ServerCallContext context)
    {
        using var document = JsonDocument.Parse(request.RequestJson);
        var (result, errors) = await StatelessCalculation.RunAsync(document.RootElement, releases, context.CancellationToken);
        return result is null
            ? new InventoryReply { ErrorsJson = JsonSerializer.Serialize(errors, JsonSerializerOptions.Web) }
            : new InventoryReply { Found = true, FactorRelease = result.FactorRelease, InventoryJson = EngineJson.Serialize(result) };
    }
}
