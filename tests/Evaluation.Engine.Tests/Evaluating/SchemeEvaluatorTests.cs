using CarbonPlatform.Evaluation.Engine.Evaluating;
using CarbonPlatform.Evaluation.Engine.Inputs;
using CarbonPlatform.Evaluation.Engine.Serialization;
using CarbonPlatform.Evaluation.Engine.Tests.Support;

namespace CarbonPlatform.Evaluation.Engine.Tests.Evaluating;

public class SchemeEvaluatorTests
{
    [Fact]
    public void Inventory_of_another_method_is_refused()
    {
        var scheme = Definitions.CersScheme;
        var figures = HandFigures.Ndrc910Direct(co2: 1m, energyTce: 300_000m);

        var error = Assert.Single(SchemeEvaluator.Check(scheme, figures));

        Assert.Equal(("inventory.method", "method-mismatch"), (error.Field, error.Code));
        Assert.Throws<ArgumentException>(() => SchemeEvaluator.Evaluate(scheme, figures, EvaluationInputs.Empty));
    }

    [Fact]
    public void Invalid_scheme_is_refused_before_evaluating()
    {
        var scheme = Definitions.NationalScheme with { Status = null };

        Assert.Contains(SchemeEvaluator.Check(scheme, HandFigures.Ndrc910Direct(1m, 300_000m)), e => e.Field == "scheme.status");
    }

    [Fact]
    public void Evaluation_is_a_pure_function_of_its_inputs()
    {
        var figures = HandFigures.Cers2025(offsetTonnes: 1800m);

        var first = EvaluationJson.Serialize(Evaluate.With("cers-2025-provisional", figures, management: Requests.MiddlingManagement));
        var second = EvaluationJson.Serialize(Evaluate.With("cers-2025-provisional", figures, management: Requests.MiddlingManagement));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Result_names_the_scheme_version_method_year_and_certificate_validity()
    {
        var result = Evaluate.With("hunan-2030", HandFigures.Ndrc910Direct(co2: 1m, energyTce: 300_000m));

        Assert.Equal(("hunan-2030", 1, "ndrc-910-2025", 2024, 3),
            (result.Scheme, result.SchemeVersion, result.Method, result.Year, result.CertificateValidityYears));
    }
}
