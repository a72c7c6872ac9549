using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Evaluation.Engine.Serialization;
using CarbonPlatform.Evaluation.Schemes;
using CarbonPlatform.Pathways.Engine.Scenarios;

namespace CarbonPlatform.Evaluation.Pathways;

/// <summary>The scheme a pathway request names, and the scenario read against it; or the refusal.</summary>
public static class PathwayRequests
{
    public static async Task<(Scenario? Scenario, Refusal? Refusal)> ReadAsync(JsonElement body, SchemeRegistry registry, EvaluationDb db, CancellationToken ct)
    {
        var (scheme, refusal) = await RequestedScheme.ReadAsync(body, registry, db, ct);
        if (scheme is null) return (null, refusal);
        var read = ScenarioReader.Read(body, scheme);
        return read.Scenario is null
            ? (null, Refusal.Invalid(read.Errors, "The pathway request is invalid; nothing was projected."))
            : (read.Scenario, null);
    }

    /// <summary>The answer of an endpoint that runs the engine on the request's scenario: the request's refusal, the
    /// engine's errors (400) or its result's view.</summary>
    public static async Task<IResult> AnswerAsync<TResult, TView>(JsonElement body, SchemeRegistry registry, EvaluationDb db,
        Func<Scenario, Task<(TResult? Result, IReadOnlyList<InputError> Errors)>> run, Func<TResult, TView> view, CancellationToken ct)
        where TResult : class
    {
        var (scenario, refusal) = await ReadAsync(body, registry, db, ct);
        if (scenario is null) return refusal!.ToProblem();
        var (result, errors) = await run(scenario);
        return result is null
            ? Problems.Invalid(errors, "The pathway cannot be projected.")
            : Results.Json(view(result), EvaluationJson.Options);
    }
}
