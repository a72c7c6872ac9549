using System.Text.Json;
using CarbonPlatform.Accounting.Data;
using CarbonPlatform.Accounting.Engine;
using CarbonPlatform.Accounting.Engine.Calculation;
using CarbonPlatform.Accounting.Engine.Requests;
using CarbonPlatform.Accounting.Engine.Results;
using CarbonPlatform.Contracts.Accounting;
using CarbonPlatform.Contracts.Grpc.ActivityData;
using CarbonPlatform.ServiceDefaults.Messaging;
using CarbonPlatform.ServiceDefaults.Tenancy;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Accounting.Recompute;

/// <summary>What the recomputer runs for a demand: adds the new inventory versions to the scope's unit of work.</summary>
public interface IInventoryComputer
{
    Task ComputeAsync(Guid parkId, int year, CancellationToken ct);
}

/// <summary>Computes a park-year under both methods with the default release and stores a new version of each.</summary>
public sealed class InventoryComputer(AccountingDb db, ActivityLedger.ActivityLedgerClient ledger, CurrentRelease releases, IParkDirectory parks) : IInventoryComputer
{
    public static readonly string[] MethodsComputed = [Methods.Cers2025, Methods.Ndrc910];

    public async Task ComputeAsync(Guid parkId, int year, CancellationToken ct)
    {
        var park = await parks.FindAsync(parkId, ct) ?? throw new InvalidOperationException($"Park {parkId} is not in the registry.");
        var release = await releases.GetAsync(ct) ?? throw new InvalidOperationException("No default factor release is published.");
        var lines = new List<ActivityLine>();
        var batches = new List<string>();
        using var stream = ledger.StreamLines(new StreamLinesRequest { ParkId = parkId.ToString(), Year = year }, cancellationToken: ct);
        await foreach (var page in stream.ResponseStream.ReadAllAsync(ct))
        {
            batches.AddRange(page.BatchIds);
            foreach (var line in page.Lines) lines.Add(line.ToLine());
        }

        var now = DateTime.UtcNow;
        foreach (var method in MethodsComputed)
        {
            var request = new CalculationRequest { Method = method, Year = year, RegionCode = park.RegionCode, Lines = lines };
            var outcome = Calculator.Calculate(request, release);
            var latest = await db.Inventories.Where(i => i.ParkId == parkId && i.Year == year && i.Method == method)
                .MaxAsync(i => (int?)i.Version, ct) ?? 0;
            var version = new InventoryVersion
            {
                ParkId = parkId, Year = year, Method = method, Version = latest + 1, FactorRelease = release.Name,
                GwpSet = outcome.Result?.GwpSet, LineCount = lines.Count, Batches = string.Join(',', batches),
                ResultJson = outcome.Result is null ? "" : EngineJson.Serialize(outcome.Result),
                ErrorsJson = outcome.Succeeded ? null : JsonSerializer.Serialize(outcome.Errors, EngineJson.Options),
                ComputedAt = now,
            };
            db.Inventories.Add(version);
            db.AddEvent(new InventoryComputed(parkId, year, method, version.Version, release.Name, now), park.OperatorOrganizationId);
        }
    }
}
