extern alias activity;
using System.Security.Cryptography;
using System.Text.Json;
using activity::CarbonPlatform.ActivityData.Data;
using activity::CarbonPlatform.ActivityData.Ledger;
using activity::CarbonPlatform.ActivityData.Recording;
using activity::CarbonPlatform.ActivityData.Records;
using CarbonPlatform.Domain.Factors;
using CarbonPlatform.BuildingBlocks.Tenancy;
using CarbonPlatform.ServiceDefaults.Problems;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Scale.Simulation;

/// <summary>
/// A park's activity data as the API records it: its enterprises, each with a metered electricity source, and for each year
/// one batch of the sources' monthly lines, validated by <see cref="BatchValidation"/> against the default release and
/// recorded by the <see cref="RecordingPipeline"/> (lines, one ledger entry each in the park's hash chain, the outbox event).
/// </summary>
public sealed class ParkActivity(FactorRelease release, int enterprises, Random random)
{
    public int LinesPerYear => enterprises * 12;

    public async Task AddAsync(ActivityDb db, Zone zone, IEnumerable<int> years)
    {
        var now = DateTime.UtcNow;
        var sources = new List<Guid>();
        for (var i = 0; i < enterprises; i++)
        {
            var enterprise = new Enterprise { Id = Guid.NewGuid(), ParkId = zone.ParkId, Name = $"企业 {i + 1}", KeyEnergyUser = i == 0, CreatedBy = "simulation", CreatedAt = now };
            var source = new EmissionSource
            {
                Id = Guid.NewGuid(), ParkId = zone.ParkId, EnterpriseId = enterprise.Id, Name = "总电表", Kind = "purchased-electricity", Unit = "MWh",
                Metered = true, CreatedBy = "simulation", CreatedAt = now,
            };
            db.Enterprises.Add(enterprise);
            db.Sources.Add(source);
            sources.Add(source.Id);
        }
        await db.SaveChangesAsync();

        var park = new ParkScope(zone.ParkId, zone.Name, zone.RegionCode, zone.OperatorId);
        foreach (var year in years)
        {
            var body = JsonSerializer.SerializeToElement(new
            {
                year, channel = "api",
                lines = sources.SelectMany((source, e) => Enumerable.Range(1, 12).Select(month => new
                {
                    id = $"e{e + 1}-{month:00}", kind = "purchased-electricity", quantity = Math.Round(200 + random.NextDouble() * 5_000, 3),
                    unit = "MWh", month, sourceId = source,
                })),
            });
            var (batch, errors) = BatchValidation.Validate(body, release);
            var noteErrors = new List<InputError>();
            var notes = LineAnnotations.ReadAll(body, noteErrors);
            if (batch is null || noteErrors.Count > 0)
                throw new InvalidOperationException($"The simulated batch is invalid: {string.Join("; ", errors.Select(e => e.Message).Concat(noteErrors.Select(e => e.Message)))}");
            var hash = Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(body)));
            var outcome = await RecordingPipeline.RecordAsync(db, new RecordingRequest(park, batch, notes, new BatchOrigin("api", "simulation", null, hash)), default);
            if (outcome is not RecordingOutcome.Recorded) throw new InvalidOperationException($"The simulated batch was refused: {outcome}");
            db.ChangeTracker.Clear();
        }
    }
}
