using CarbonPlatform.Contracts.Grpc.Accounting;
using CarbonPlatform.Evaluation.Engine.Serialization;
using CarbonPlatform.Evaluation.Schemes;
using CarbonPlatform.Evaluation.Evaluations;

namespace CarbonPlatform.Evaluation.Previews;

public static class PreviewEndpoint
{
    public static RouteGroupBuilder MapPreviews(this RouteGroupBuilder api)
    {
        api.MapPost("/evaluation-previews", Handle).WithTags("Evaluations").WithName("PreviewEvaluation")
            .WithSummary("Stateless evaluation: an inventory request, indicators and management values against a scheme version.")
            .WithDescription("Nothing is stored. The inventory is calculated as POST /calculations would; its errors come back as they would there.")
            .WithRequest<EvaluationPreviewRequest>().Answers<CarbonPlatform.Evaluation.Engine.Results.EvaluationResult>();
        return api;
    }

    private static async Task<IResult> Handle(JsonElement body, SchemeRegistry registry, EvaluationDb db, Inventories.InventoriesClient accounting, CancellationToken ct)
    {
        var (scheme, refusal) = await RequestedScheme.ReadAsync(body, registry, db, ct);
        if (scheme is null) return refusal!.ToProblem();
        if (!body.TryGetProperty("inventory", out var inventory) || inventory.ValueKind != JsonValueKind.Object)
            return Problems.Invalid("inventory", "missing-field", "inventory is required: a calculation request (method, year, lines, ...).");

        var calculated = await accounting.CalculateAsync(new CalculateRequest { RequestJson = inventory.GetRawText() }, cancellationToken: ct);
        if (!calculated.Found)
            return Results.Problem(statusCode: 400, title: "The inventory is invalid.", extensions: new Dictionary<string, object?>
            {
                ["errors"] = JsonDocument.Parse(calculated.ErrorsJson).RootElement.Clone(),
            });
        var run = EvaluationRunner.Run(scheme, calculated.InventoryJson, Field(body, "indicators"), Field(body, "management"));
        return run.Result is null ? Problems.Invalid(run.Errors) : Results.Json(run.Result, EvaluationJson.Options);
    }

    public static JsonElement? Field(JsonElement body, string name) => body.TryGetProperty(name, out var value) ? value : null;
}
