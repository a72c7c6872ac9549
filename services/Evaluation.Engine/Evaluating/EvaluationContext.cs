using CarbonPlatform.Evaluation.Engine.Evaluating.Texts;
using CarbonPlatform.Evaluation.Engine.Inputs;
using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Evaluation.Engine.Evaluating;

/// <summary>Everything one evaluation looks at, and the value of each indicator.</summary>
internal sealed class EvaluationContext(
    SchemeDefinition scheme, InventoryFigures figures, EvaluationInputs inputs, ManagementAssessment? management)
{
    public SchemeDefinition Scheme => scheme;

    public InventoryFigures Figures => figures;

    public ManagementAssessment? Management => management;

    public ResolvedValue ValueOf(IndicatorDefinition indicator) => indicator.Source switch
    {
        ValueSource.Declared => Declared(indicator),
        ValueSource.ManagementScore when management is not null => ResolvedValue.Of(management.Score),
        ValueSource.Inventory when indicator.Figure is { } figure => figures.Get(figure) is { } value
            ? ResolvedValue.Of(value)
            : ResolvedValue.MissingBecause(MissingTexts.InventoryFigure(figure)),
        _ => ResolvedValue.MissingBecause(MissingTexts.NoSource),
    };

    private ResolvedValue Declared(IndicatorDefinition indicator) => inputs.Indicators.GetValueOrDefault(indicator.Code) switch
    {
        { ExclusionReason: { } reason } => ResolvedValue.Excluded(reason),
        { Value: { } value } => ResolvedValue.Of(value),
        _ => ResolvedValue.MissingBecause(MissingTexts.Declared(indicator)),
    };
}
