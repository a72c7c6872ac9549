using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Evaluating.Texts;
using CarbonPlatform.Evaluation.Engine.Results;
using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Evaluation.Engine.Evaluating;

/// <summary>For the grade just above the one reached (or the lowest grade when none is), each unmet condition and what would meet it.</summary>
internal static class NextGradeAdvisor
{
    public static NextGrade? Advise(EvaluationContext context, int? reached)
    {
        var grades = context.Scheme.Grades;
        if (grades.Count == 0 || reached == 0)
        {
            return null;
        }

        var target = grades[reached is { } r ? r - 1 : grades.Count - 1];
        var steps = target.Conditions
            .Where(c => !GradeResolver.Holds(c, context))
            .Select(c => StepFor(c, context))
            .ToList();
        return new NextGrade { Grade = target.Grade, Missing = steps.Select(s => s.Text.Combined).ToList(), Steps = steps };
    }

    private static MissingStep StepFor(GradeCondition condition, EvaluationContext context)
    {
        var indicator = context.Scheme.FindIndicator(condition.Indicator)!;
        var threshold = condition.Threshold!;
        var resolved = context.ValueOf(indicator);
        if (indicator.Source == ValueSource.ManagementScore && context.Management is not null)
        {
            return ManagementGapAdvisor.Step(indicator, threshold.Number!.Value, context);
        }

        if (resolved.Value is not { } value)
        {
            return new MissingStep
            {
                Kind = MissingStepKind.ProvideValue, Indicator = indicator.Code, Target = threshold,
                Text = NextGradeTexts.ProvideValue(indicator, resolved.IsExcluded),
            };
        }

        return NeutraliseStep(indicator, value, threshold, context) ?? new MissingStep
        {
            Kind = MissingStepKind.ChangeValue, Indicator = indicator.Code, Current = value, Target = threshold,
            Text = NextGradeTexts.ChangeValue(indicator, value, threshold),
        };
    }

    // A neutralisation ratio short of its threshold is told in tonnes: t × denominator − N, rounded up to 0.1 t.
    private static MissingStep? NeutraliseStep(IndicatorDefinition indicator, ScalarValue value, ScalarValue threshold, EvaluationContext context)
    {
        var known = IndicatorRegistry.FindIndicator(indicator.Code);
        if (known?.NeutralisedShareOf is not { } denominatorFigure || indicator.Comparison != Comparison.AtLeast
            || context.Figures.GetNumber(denominatorFigure) is not > 0 || context.Figures.Neutralisation is not { } neutralised)
        {
            return null;
        }

        var denominator = context.Figures.GetNumber(denominatorFigure)!.Value;
        var tonnes = Format.CeilingTo((threshold.Number!.Value * denominator) - neutralised, 1);
        return new MissingStep
        {
            Kind = MissingStepKind.Neutralise, Indicator = indicator.Code, Current = value, Target = threshold,
            Amount = tonnes, Unit = "tCO2e",
            Text = NextGradeTexts.Neutralise(indicator, value, threshold, tonnes),
        };
    }
}
