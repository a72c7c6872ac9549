using System.Text.Json;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Accounting.Calculations;
using CarbonPlatform.Accounting.Inventories;
using CarbonPlatform.Accounting.Engine.Results;
using CarbonPlatform.Contracts.Grpc.Accounting;
using CarbonPlatform.EmissionFactors.Client;
using CarbonPlatform.Accounting.Data;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Accounting.Grpc;

/// <summary>Internal: evaluation reads a park's current inventory, or has a preview's inventory calculated.</summary>
public sealed class InventoriesService(InventoryReader reader, FactorReleaseSource releases, AccountingDb db)
    : CarbonPlatform.Contracts.Grpc.Accounting.Inventories.InventoriesBase
{
    /// <summary>Keys read in one call; a caller asks in pages of at most this many.</summary>
    public const int MaxKeys = 500;

    public override async Task<InventoryReply> GetInventory(GetInventoryRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.ParkId, out var parkId)) return new InventoryReply();
        var found = await reader.FindAsync(parkId, request.Year, request.Method, null, context.CancellationToken);
        if (found is null) return new InventoryReply();
        return new InventoryReply
        {
            Found = true, Version = found.Version.Version, FactorRelease = found.Version.FactorRelease,
            InventoryJson = found.Json, ErrorsJson = found.Version.ErrorsJson ?? "",
        };
    }

    public override async Task<InventoryReply> Calculate(CalculateRequest request, ServerCallContext context)
    {
        var (result, errors) = await StatelessCalculation.RunAsync(CalculationRequestReader.Read(request.RequestJson), releases, context.CancellationToken);
        return result is null
            ? new InventoryReply { ErrorsJson = JsonSerializer.Serialize(errors, JsonSerializerOptions.Web) }
            : new InventoryReply { Found = true, FactorRelease = result.FactorRelease, InventoryJson = EngineJson.Serialize(result) };
    }

    public override async Task<LatestVersionsReply> GetLatestVersions(LatestVersionsRequest request, ServerCallContext context)
    {
        var keys = request.Keys.Where(k => Guid.TryParse(k.ParkId, out _)).Take(MaxKeys)
            .Select(k => (ParkId: Guid.Parse(k.ParkId), k.Year, k.Method)).ToHashSet();
        var parks = keys.Select(k => k.ParkId).Distinct().ToList();
        var rows = await db.Inventories.AsNoTracking().Where(i => parks.Contains(i.ParkId))
            .Select(i => new { i.ParkId, i.Year, i.Method, i.Version, i.FactorRelease }).ToListAsync(context.CancellationToken);
        var reply = new LatestVersionsReply();
        reply.Versions.AddRange(rows.Where(r => keys.Contains((r.ParkId, r.Year, r.Method)))
            .GroupBy(r => (r.ParkId, r.Year, r.Method)).Select(g => g.MaxBy(r => r.Version)!)
            .Select(r => new LatestVersion
            {
                Key = new InventoryKey { ParkId = r.ParkId.ToString(), Year = r.Year, Method = r.Method }, Version = r.Version, FactorRelease = r.FactorRelease,
            }));
        return reply;
    }
}
