using System.Collections.Immutable;

namespace CarbonPlatform.Evaluation.Engine.Inputs;

/// <summary>The request's <c>indicators</c> and <c>management</c>, keyed by code.</summary>
public sealed record EvaluationInputs
{
    public static EvaluationInputs Empty { get; } = new();

    public ImmutableDictionary<string, IndicatorInput> Indicators { get; init; } =
        ImmutableDictionary.Create<string, IndicatorInput>(StringComparer.Ordinal);

    public ImmutableDictionary<string, ManagementInput> Management { get; init; } =
        ImmutableDictionary.Create<string, ManagementInput>(StringComparer.Ordinal);

    public EvaluationInputs WithIndicator(string code, IndicatorInput input) =>
        this with { Indicators = Indicators.SetItem(code, input) };

    public EvaluationInputs WithManagement(string code, ManagementInput input) =>
        this with { Management = Management.SetItem(code, input) };

    /// <summary>
    /// Lays values the platform measured from its own data (ledger, monitoring) over what the park declared:
    /// a computed value replaces a declared one.
    /// </summary>
    public EvaluationInputs WithComputedManagement(IReadOnlyDictionary<string, Common.ScalarValue> computed) =>
        this with
        {
            Management = Management.SetItems(computed.Select(c =>
                KeyValuePair.Create(c.Key, new ManagementInput(c.Value, ValueProvenance.Computed)))),
        };
}
