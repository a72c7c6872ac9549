using System.Text.Json;
using CarbonPlatform.Accounting.Data;
using CarbonPlatform.Accounting.Storage;
using CarbonPlatform.Accounting.Engine;
using CarbonPlatform.Accounting.Engine.Calculation;
using CarbonPlatform.Domain;
using CarbonPlatform.Domain.Factors;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Accounting.Engine.Results;
using CarbonPlatform.Contracts.Accounting;
using CarbonPlatform.Contracts.Grpc.ActivityData;
using static CarbonPlatform.Contracts.Grpc.Common.ActivityLineProto;
using CarbonPlatform.EmissionFactors.Client;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.Accounting.Recompute;

/// <summary>What the recomputer runs for a demand: adds the new inventory versions to the scope's unit of work.</summary>
public interface IInventoryComputer
{
    Task ComputeAsync(Guid parkId, int year, CancellationToken ct);
}

/// <summary>A park-year's current ledger lines and the batches they came in.</summary>
public sealed record ParkYearLines(IReadOnlyList<ActivityLine> Lines, IReadOnlyList<string> Batches);

/// <summary>Computes a park-year under both methods with the default release and stores a new version of each.</summary>
public sealed class InventoryComputer(AccountingDb db, InventoryStore store, ActivityLedger.ActivityLedgerClient ledger, FactorReleaseSource releases,
    IParkDirectory parks) : IInventoryComputer
{
    public static readonly string[] MethodsComputed = [Methods.Cers2025, Methods.Ndrc910];

    public async Task ComputeAsync(Guid parkId, int year, CancellationToken ct)
    {
        var park = await parks.FindAsync(parkId, ct) ?? throw new ParkNotRegisteredException(parkId);
        // Asked now, not cached: the default may have moved at the factors service since this replica last looked.
        var release = await releases.GetCurrentDefaultAsync(ct) ?? throw new InvalidOperationException("No default factor release is published.");
        var data = await ReadLinesAsync(parkId, year, ct);

        var now = DateTime.UtcNow;
        foreach (var method in MethodsComputed)
        {
            var outcome = Calculate(method, year, park.RegionCode, data.Lines, release);
            var resultJson = outcome.Result is null ? "" : EngineJson.Serialize(outcome.Result);
            var errorsJson = outcome.Succeeded ? null : JsonSerializer.Serialize(outcome.Errors, EngineJson.Options);
            // Without its text: most runs find nothing new (the digest matches) and store nothing.
            var latest = await db.Inventories.AsNoTracking().Where(i => i.ParkId == parkId && i.Year == year && i.Method == method)
                .OrderByDescending(i => i.Version).Select(InventoryStore.Metadata).FirstOrDefaultAsync(ct);
            var folded = await store.LatestBatchesAsync(latest, ct);
            var membership = BatchMembership.Next(folded.Ids, data.Batches);
            var digest = InventoryDigest.Of(release.Name, outcome.Result?.GwpSet, data.Lines.Count, membership.Text, resultJson, errorsJson);
            if (latest?.Digest == digest) continue;
            var version = new InventoryVersion
            {
                ParkId = parkId, Year = year, Method = method, Version = (latest?.Version ?? 0) + 1, FactorRelease = release.Name,
                GwpSet = outcome.Result?.GwpSet, LineCount = data.Lines.Count, ResultJson = resultJson,
                ErrorsJson = errorsJson, Digest = digest, ComputedAt = now,
            };
            await store.AddAsync(version, latest?.Id, folded, membership, ct);
            db.AddEvent(new InventoryComputed(parkId, year, method, version.Version, release.Name, now), park.OperatorOrganizationId);
        }
    }

    public async Task<ParkYearLines> ReadLinesAsync(Guid parkId, int year, CancellationToken ct)
    {
        var lines = new List<ActivityLine>();
        var batches = new List<string>();
        using var stream = ledger.StreamLines(new StreamLinesRequest { ParkId = parkId.ToString(), Year = year }, cancellationToken: ct);
        await foreach (var page in stream.ResponseStream.ReadAllAsync(ct))
        {
            batches.AddRange(page.BatchIds);
            foreach (var line in page.Lines) lines.Add(line.ToLine());
        }
        return new ParkYearLines(lines, batches);
    }

    public static CalculationOutcome Calculate(string method, int year, string? regionCode, IReadOnlyList<ActivityLine> lines, FactorRelease release) =>
        Calculator.Calculate(new CalculationRequest { Method = method, Year = year, RegionCode = regionCode, Lines = lines }, release);
}
