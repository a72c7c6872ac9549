using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Schemes;
using CarbonPlatform.Evaluation.Engine.Schemes.Validation;
using static CarbonPlatform.Evaluation.Engine.Tests.Support.Definitions;

namespace CarbonPlatform.Evaluation.Engine.Tests.Validation;

/// <summary>Grade rules: known grades highest first, no higher grade looser than a lower one. Each error names the field.</summary>
public class GradeValidationTests
{
    [Fact]
    public void Grades_out_of_order_are_refused()
    {
        var scheme = CersScheme with { Grades = [CersScheme.Grades[1], CersScheme.Grades[0], .. CersScheme.Grades.Skip(2)] };

        var errors = SchemeDefinitionValidator.Validate(scheme);

        Assert.Contains(errors, e => e.Field == "grades[1].grade" && e.Code == "grades-out-of-order" && e.Message.Contains("AAA"));
    }


    [Fact]
    public void Unknown_grade_is_refused()
    {
        var scheme = CersScheme with { Grades = [CersScheme.Grades[0] with { Grade = "AAAA" }, .. CersScheme.Grades.Skip(1)] };

        Assert.Contains(SchemeDefinitionValidator.Validate(scheme), e => e.Field == "grades[0].grade" && e.Code == "unknown-grade");
    }


    [Fact]
    public void Higher_grade_with_a_looser_threshold_than_a_lower_one_is_refused()
    {
        // AA asking M ≥ 65 while A asks M ≥ 70.
        var aa = CersScheme.Grades[1];
        var looserAa = aa with { Conditions = [.. aa.Conditions.Take(2), aa.Conditions[2] with { Threshold = ScalarValue.Of(65m) }] };
        var scheme = CersScheme with { Grades = [CersScheme.Grades[0], looserAa, .. CersScheme.Grades.Skip(2)] };

        var errors = SchemeDefinitionValidator.Validate(scheme);

        var error = Assert.Single(errors);
        Assert.Equal("grades[1].conditions", error.Field);
        Assert.Contains("Grade AA requires M ≥ 65, looser than the lower grade A's M ≥ 70", error.Message);
    }


    [Fact]
    public void Higher_grade_dropping_a_yes_no_condition_of_a_lower_grade_is_refused()
    {
        var aaa = CersScheme.Grades[0];
        var scheme = CersScheme with { Grades = [aaa with { Conditions = [aaa.Conditions[0], aaa.Conditions[2]] }, .. CersScheme.Grades.Skip(1)] };

        var error = Assert.Single(SchemeDefinitionValidator.Validate(scheme));

        Assert.Equal(("grades[0].conditions", "grades-inconsistent"), (error.Field, error.Code));
        Assert.Contains("no condition on S3", error.Message);
    }


    [Fact]
    public void Ratio123_stands_in_for_ratio12_in_the_grade_above()
    {
        // AAA has no R12 condition; its R123 ≥ 1.00 implies R12 ≥ 1.00, so AA's R12 ≥ 1.00 is covered.
        Assert.Empty(SchemeDefinitionValidator.Validate(CersScheme));

        var aaa = CersScheme.Grades[0];
        var weakAaa = aaa with { Conditions = [aaa.Conditions[0] with { Threshold = ScalarValue.Of(0.9m) }, .. aaa.Conditions.Skip(1)] };
        Assert.Contains(SchemeDefinitionValidator.Validate(CersScheme with { Grades = [weakAaa, .. CersScheme.Grades.Skip(1)] }),
            e => e.Code == "grades-inconsistent" && e.Message.Contains("R12"));
    }


    [Fact]
    public void Grade_condition_on_an_indicator_the_scheme_lacks_is_refused()
    {
        var c = CersScheme.Grades[4];
        var scheme = CersScheme with { Grades = [.. CersScheme.Grades.Take(4), c with { Conditions = [.. c.Conditions, new GradeCondition { Indicator = "G1", Comparison = Comparison.AtLeast, Threshold = ScalarValue.Of(0.5m) }] }] };

        Assert.Contains(SchemeDefinitionValidator.Validate(scheme), e => e.Field == "grades[4].conditions[2].indicator" && e.Code == "unknown-indicator");
    }


    [Fact]
    public void Grade_threshold_of_the_wrong_type_is_refused()
    {
        var b = CersScheme.Grades[3];
        var scheme = CersScheme with { Grades = [.. CersScheme.Grades.Take(3), b with { Conditions = [b.Conditions[0] with { Threshold = ScalarValue.Of(true) }, b.Conditions[1]] }, CersScheme.Grades[4]] };

        Assert.Contains(SchemeDefinitionValidator.Validate(scheme), e => e.Field == "grades[3].conditions[0].threshold" && e.Code == "wrong-threshold-type");
    }

}
