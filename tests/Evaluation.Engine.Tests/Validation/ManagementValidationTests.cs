using CarbonPlatform.Evaluation.Engine.Schemes;
using CarbonPlatform.Evaluation.Engine.Schemes.Validation;
using static CarbonPlatform.Evaluation.Engine.Tests.Support.Definitions;

namespace CarbonPlatform.Evaluation.Engine.Tests.Validation;

/// <summary>Management items: known codes, weights that add up to the maximum score. Each error names the field.</summary>
public class ManagementValidationTests
{
    [Fact]
    public void Management_weights_that_do_not_add_up_to_100_are_refused()
    {
        var items = CersScheme.Management!.Items.Select(i => i.Code == "L5" ? i with { Weight = 10m } : i).ToList();

        AssertSingleError(CersScheme with { Management = CersScheme.Management with { Items = items } }, "management.items", "weights-do-not-sum");
    }


    [Fact]
    public void Unknown_management_item_is_refused()
    {
        var items = CersScheme.Management!.Items.Select(i => i.Code == "L5" ? i with { Code = "L6" } : i).ToList();

        AssertSingleError(CersScheme with { Management = CersScheme.Management with { Items = items } }, "management.items[9].code", "unknown-management-item");
    }


    [Fact]
    public void Number_management_item_without_full_marks_is_refused()
    {
        var items = CersScheme.Management!.Items.Select(i => i.Code == "L2" ? i with { FullMarksAt = null } : i).ToList();

        AssertSingleError(CersScheme with { Management = CersScheme.Management with { Items = items } }, "management.items[6].fullMarksAt", "missing");
    }


    [Fact]
    public void Management_score_indicator_without_management_items_is_refused()
    {
        Assert.Contains(SchemeDefinitionValidator.Validate(CersScheme with { Management = null }),
            e => e.Field == "indicators[3].source" && e.Code == "management-missing");
    }

}
