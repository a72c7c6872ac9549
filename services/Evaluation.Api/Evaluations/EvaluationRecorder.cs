using CarbonPlatform.Domain.Requests;
using System.Text.Json.Nodes;
using CarbonPlatform.Contracts.Evaluation;
using CarbonPlatform.Contracts.Grpc.Accounting;
using CarbonPlatform.Evaluation.Engine.Schemes;
using CarbonPlatform.Evaluation.Engine.Serialization;
using CarbonPlatform.Evaluation.Management;
using CarbonPlatform.Evaluation.Overview;
using CarbonPlatform.Evaluation.Previews;
using CarbonPlatform.Evaluation.Schemes;

namespace CarbonPlatform.Evaluation.Evaluations;

/// <summary>Evaluates a park's current inventory and stores the result with everything it was computed from.</summary>
public sealed class EvaluationRecorder(EvaluationDb db, Inventories.InventoriesClient accounting, ManagementFactsSource ledger,
    ILogger<EvaluationRecorder> log)
{
    public async Task<(StoredEvaluation? Evaluation, Refusal? Refusal)> RecordAsync(ParkScope park, int year, SchemeDefinition scheme,
        JsonElement? indicators, JsonElement? management, string createdBy, Guid? rerunOf, CancellationToken ct)
    {
        var ownerRegion = await SchemeOwnership.OwnerRegionAsync(scheme.Id, db, ct);
        if (!SchemeOwnership.AppliesTo(ownerRegion, park.RegionCode))
            return (null, Refusal.Invalid("scheme", "scheme-of-another-region",
                $"Scheme {scheme.Id} belongs to region {ownerRegion}; it grades that region's parks only (this park is in {park.RegionCode})."));
        var inventory = await accounting.GetInventoryAsync(new GetInventoryRequest { ParkId = park.ParkId.ToString(), Year = year, Method = scheme.Method }, cancellationToken: ct);
        if (!inventory.Found)
            return (null, Refusal.Conflict("year", "no-inventory", $"The park has no {scheme.Method} inventory for {year} yet: record activity data first."));
        if (inventory.ErrorsJson.Length > 0)
            return (null, Refusal.Conflict("year", "inventory-not-computable", $"The park's {year} data cannot be accounted yet; see its inventory for the errors."));

        var computed = await ledger.ForAsync(park.ParkId, year, scheme.Management is not null, ct);
        var run = EvaluationRunner.Run(scheme, inventory.InventoryJson, indicators, management, computed.Values);
        if (run.Result is not { } result) return (null, Refusal.Invalid(run.Errors));
        var figures = run.Figures!;
        var evaluation = new StoredEvaluation
        {
            Id = Guid.NewGuid(), ParkId = park.ParkId, OperatorOrganizationId = park.OperatorOrganizationId, ParkName = park.Name,
            ParkRegionCode = park.RegionCode, Year = year, Scheme = scheme.Id, SchemeVersion = scheme.Version,
            SchemeStatus = result.SchemeStatus.ToString().ToLowerInvariant(), Method = scheme.Method!, InventoryVersion = inventory.Version,
            FactorRelease = inventory.FactorRelease, Grade = result.Grade, Passed = result.Passed,
            ManagementScore = (double?)result.ManagementScore, Ratio12 = (double?)figures.Ratio12, Ratio123 = (double?)figures.Ratio123,
            Intensity = (double?)figures.Intensity, Emissions = (double?)(figures.GrossMarket ?? figures.Co2),
            Neutralisation = (double?)figures.Neutralisation, CertificateValidityYears = scheme.CertificateValidityYears, RerunOf = rerunOf,
            ResultJson = WithOwner(EvaluationJson.Serialize(result), ownerRegion),
            InputsJson = new JsonObject
            {
                ["indicators"] = JsonNode.Parse(indicators?.GetRawText() ?? "null"),
                ["management"] = JsonNode.Parse(management?.GetRawText() ?? "null"),
                ["ledgerFacts"] = computed.FactsJson is null ? null : JsonNode.Parse(computed.FactsJson),
            }.ToJsonString(),
            CreatedBy = createdBy, CreatedAt = DateTime.UtcNow,
        };
        db.Evaluations.Add(evaluation);
        db.AddEvent(new EvaluationCompleted(evaluation.Id, park.ParkId, year, scheme.Id, evaluation.Grade, evaluation.Passed), park.OperatorOrganizationId);
        await db.SaveChangesAsync(ct);
        if (db.Database.CurrentTransaction is null)
        {
            await ParkResultProjection.ApplyAsync(db, evaluation.Id, ct);
            await RecheckAsync(evaluation, ct);
        }
        return (evaluation, null);
    }

    private async Task RecheckAsync(StoredEvaluation evaluation, CancellationToken ct)
    {
        try { await InventoryRecheck.AfterSaveAsync(db, accounting, evaluation, ct); }
        catch (global::Grpc.Core.RpcException e)
        {
            // Saved already: the evaluation stands; the hourly reconciliation asks the same question again.
            log.LogWarning(e, "Could not ask accounting whether evaluation {Id} rests on the latest inventory; reconciliation will", evaluation.Id);
        }
    }

    /// <summary>The result names whose scheme graded it, so an authority's scheme is never read as the platform's.</summary>
    private static string WithOwner(string resultJson, string? ownerRegion)
    {
        var result = JsonNode.Parse(resultJson)!.AsObject();
        result["schemeOwner"] = SchemeOwnership.OwnerName(ownerRegion);
        return result.ToJsonString();
    }
}
