using CarbonPlatform.Client;
using CarbonPlatform.Client.Idempotency;
using CarbonPlatform.Client.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using CarbonPlatform.Client.Uploads;

namespace CarbonPlatform.Samples.ParkSystem;

/// <summary>What a park's system sends and reads: activity data in, the inventory out.</summary>
public sealed class ParkData(CarbonClient carbon)
{
    /// <summary>
    /// One batch, one Idempotency-Key: keep the key with the batch (here it is derived from what the batch is) and send
    /// the same key on every retry, so that a batch sent twice is recorded once.
    /// </summary>
    public async Task<string> PostElectricityAsync(Guid parkId, int year, double megawattHours, CancellationToken ct = default)
    {
        var batch = new ActivityBatchRequest
        {
            Year = year,
            Lines = [new ActivityBatchRequest_lines { Id = $"grid-{year}", Kind = ActivityBatchRequest_lines_kind.PurchasedElectricity, Quantity = megawattHours, Unit = "MWh" }],
        };
        var key = $"park-system:{parkId}:{year}:grid:{megawattHours}";
        var recorded = await carbon.V1.Parks[parkId].ActivityRecords.PostAsync(batch, IdempotencyKey.Use<DefaultQueryParameters>(key), ct);
        return $"recorded batch {recorded?.BatchId}";
    }

    /// <summary>A dry run names every problem with its row and column and records nothing; only a clean file is committed.</summary>
    public async Task<bool> ImportAsync(Guid parkId, int year, string file, TextWriter output, CancellationToken ct = default)
    {
        var imports = carbon.V1.Parks[parkId].Imports;
        await using (var check = File.OpenRead(file))
        {
            var dryRun = await imports.PostAsync(FileForm.Of(check, "text/csv", Path.GetFileName(file)), request =>
            {
                request.QueryParameters.Year = year;
                request.QueryParameters.DryRun = true;
            }, ct);
            foreach (var problem in dryRun?.Problems ?? [])
                await output.WriteLineAsync($"row {problem.Row} {problem.Column}: {problem.Code} {problem.Message}");
            if (dryRun?.Valid != true) return false;
            await output.WriteLineAsync($"{dryRun.Rows} rows are valid");
        }
        // The key is the file's content: the same file committed twice is recorded once.
        var key = "import:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(file, ct)));
        await using var commit = File.OpenRead(file);
        var committed = await imports.PostAsync(FileForm.Of(commit, "text/csv", Path.GetFileName(file)), request =>
        {
            request.QueryParameters.Year = year;
            request.WithIdempotencyKey(key);
        }, ct);
        // One answer type for both codes: the commit (202) fills the batch and its line count.
        await output.WriteLineAsync($"recorded batch {committed?.BatchId} ({committed?.Lines} lines)");
        return true;
    }

    public async Task ShowInventoryAsync(Guid parkId, int year, TextWriter output, CancellationToken ct = default)
    {
        var inventory = await carbon.V1.Parks[parkId].Inventories[year].GetAsync(request => request.QueryParameters.Method = AccountingMethod.Cers2025, ct)
            ?? throw new InvalidOperationException("No inventory.");
        var totals = inventory.Totals;
        await output.WriteLineAsync($"{inventory.Year} {inventory.Method} v{inventory.Version} ({inventory.Status}), factors {inventory.FactorRelease}");
        await output.WriteLineAsync($"scope 1 {totals?.Scope1:0.###} tCO2e, scope 2 (location) {totals?.Scope2Location:0.###}, scope 3 {totals?.Scope3:0.###}, net {totals?.Net:0.###}");
        await output.WriteLineAsync($"{inventory.Lines?.Count ?? 0} lines from {inventory.Batches?.Count ?? 0} batches");
    }
}
