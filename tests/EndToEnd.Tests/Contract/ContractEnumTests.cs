using System.Text.Json.Nodes;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Contract;

/// <summary>
/// Fields a service keeps as strings but that take a fixed set of values are named enums in the checked-in contract, with
/// the values the services write (ContractDocumentTests holds the file to the served document): a generated client types
/// them. Fails when one goes back to a plain string.
/// </summary>
public sealed class ContractEnumTests
{
    private static readonly JsonNode Contract = JsonNode.Parse(File.ReadAllText(ContractFile.Path))!;

    public static TheoryData<string, string, string> Fields => new()
    {
        { "DecisionRequest", "decision", "DecisionKind" },
        { "CalculationRequest", "method", "AccountingMethod" },
        { "InventorySummary", "method", "AccountingMethod" },
        { "Factor", "category", "FactorCategory" },
        { "Factor", "status", "FactorStatus" },
        { "FactorUse", "status", "FactorStatus" },
        { "ParkTargetRequest", "grade", "TargetGrade" },
        { "PathwayPreviewRequest", "target.grade", "TargetGrade" },
        { "OutlookYear", "grade", "Grade" },
        { "RegisterOrganizationRequest", "kind", "OrganizationKind" },
        { "SourceRequest", "kind", "ActivityKind" },
        { "IndicatorOutcome", "thresholdGrade", "Grade" },
        { "StaleParkYear", "method", "AccountingMethod" },
    };

    public static TheoryData<string, string, string> Queries => new()
    {
        { "SearchFactors", "category", "FactorCategory" },
        { "SearchFactors", "status", "FactorStatus" },
        { "ListInventoryLines", "method", "AccountingMethod" },
        { "GetInventorySummary", "method", "AccountingMethod" },
        { "ExportInventory", "format", "InventoryExportFormat" },
        { "ImportActivityFile", "format", "ImportReportFormat" },
    };

    [Theory, MemberData(nameof(Fields))]
    public void A_field_with_fixed_values_is_a_named_enum(string schema, string path, string enumName)
    {
        var field = path.Split('.').Aggregate(Contract["components"]!["schemas"]![schema]!, (s, name) => Resolve(s)["properties"]![name]!);

        Assert.Equal(enumName, ReferencedEnum(field));
        AssertValuesOf(enumName);
    }

    [Theory, MemberData(nameof(Queries))]
    public void A_query_parameter_with_fixed_values_is_a_named_enum(string operationId, string parameter, string enumName)
    {
        var operation = Contract["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject()).Select(o => o.Value)
            .Single(o => o?["operationId"]?.GetValue<string>() == operationId)!;
        var query = operation["parameters"]!.AsArray().Single(p => p!["in"]!.GetValue<string>() == "query" && p["name"]!.GetValue<string>() == parameter)!;

        Assert.Equal(enumName, ReferencedEnum(query["schema"]!));
    }

    [Fact]
    public void A_target_takes_the_grades_and_pass()
    {
        Assert.Equal([.. Values("Grade"), "pass"], Values("TargetGrade"));
        Assert.Equal(["AAA", "AA", "A", "B", "C"], Values("Grade"));
    }

    [Fact]
    public void Factors_are_filtered_by_the_categories_and_statuses_of_a_release()
    {
        Assert.Equal(["electricity", "fuel", "carbonate", "gwp", "method", "grid-region"], Values("FactorCategory"));
        Assert.Equal(["confirmed", "unverified", "inferred", "provisional"], Values("FactorStatus"));
    }

    private static JsonNode Resolve(JsonNode schema) =>
        schema["$ref"]?.GetValue<string>() is { } reference ? Contract["components"]!["schemas"]![reference.Split('/')[^1]]! : schema;

    /// <summary>The enum a schema refers to, directly or as the non-null branch of a nullable field; null for anything else.</summary>
    private static string? ReferencedEnum(JsonNode schema)
    {
        var reference = schema["$ref"] ?? schema["anyOf"]?.AsArray().Select(b => b?["$ref"]).SingleOrDefault(r => r is not null);
        return reference?.GetValue<string>().Split('/')[^1];
    }

    private static void AssertValuesOf(string enumName)
    {
        var component = Contract["components"]!["schemas"]![enumName];
        Assert.NotNull(component);
        // The generator writes a .NET enum's schema without "type"; the ones declared for string fields say "string". Either
        // way every value is a string (Values throws on a null or a number).
        Assert.True(component!["type"] is null || component["type"]!.GetValue<string>() == "string", $"{enumName} is not a string enum");
        Assert.NotEmpty(Values(enumName));
    }

    private static List<string> Values(string enumName) =>
        [.. Contract["components"]!["schemas"]![enumName]!["enum"]!.AsArray().Select(v => v!.GetValue<string>())];
}
