using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Evaluating.Texts;
using CarbonPlatform.Evaluation.Engine.Inputs;
using CarbonPlatform.Evaluation.Engine.Results;
using CarbonPlatform.Evaluation.Engine.Schemes;
using CarbonPlatform.Evaluation.Engine.Schemes.Validation;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Evaluation.Engine.Evaluating;

/// <summary>
/// Evaluates an inventory against a scheme version: a pure function of the scheme, the inventory
/// figures, the declared indicators and the management values.
/// </summary>
public static class SchemeEvaluator
{
    /// <summary>Problems that prevent an evaluation: an invalid scheme, or an inventory of another method.</summary>
    public static IReadOnlyList<InputError> Check(SchemeDefinition scheme, InventoryFigures figures)
    {
        var errors = SchemeDefinitionValidator.Validate(scheme).Select(e => e with { Field = $"scheme.{e.Field}" }).ToList();
        if (!string.Equals(scheme.Method, figures.Method, StringComparison.Ordinal))
        {
            errors.Add(InputError.For("inventory.method", "method-mismatch",
                $"Scheme {scheme.Id} evaluates inventories computed with method {scheme.Method}, not {figures.Method}."));
        }

        return errors;
    }

    /// <exception cref="ArgumentException">When <see cref="Check"/> reports a problem.</exception>
    public static EvaluationResult Evaluate(SchemeDefinition scheme, InventoryFigures figures, EvaluationInputs inputs)
    {
        var problems = Check(scheme, figures);
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems.Select(p => $"{p.Field}: {p.Message}")), nameof(scheme));
        }

        var management = scheme.Management is { } m ? ManagementScorer.Score(m, inputs) : null;
        var context = new EvaluationContext(scheme, figures, inputs, management);
        var indicators = scheme.Indicators.Select(i => i.Role == IndicatorRole.Graded
            ? GradedIndicatorEvaluator.Evaluate(i, context)
            : ThresholdIndicatorEvaluator.Evaluate(i, context)).ToList();
        var graded = scheme.Result == ResultKind.Grades;
        var reached = graded ? GradeResolver.Resolve(context) : null;
        var notice = SchemeNotice.For(scheme);
        return new EvaluationResult
        {
            Scheme = scheme.Id,
            SchemeVersion = scheme.Version,
            SchemeStatus = scheme.Status!.Value,
            Notice = notice?.Combined,
            NoticeZh = notice?.Zh,
            NoticeEn = notice?.En,
            Method = figures.Method,
            Year = figures.Year,
            Grade = reached is { } r ? scheme.Grades[r].Grade : null,
            Passed = graded ? null : indicators.Where(i => i.Role == IndicatorRole.Core).All(i => i.Outcome == Outcome.Met),
            ManagementScore = management?.RoundedScore,
            Indicators = indicators,
            Management = management?.Items,
            NextGrade = graded ? NextGradeAdvisor.Advise(context, reached) : null,
            CertificateValidityYears = scheme.CertificateValidityYears,
        };
    }
}
