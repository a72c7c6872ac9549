using System.Text.Json;

namespace CarbonPlatform.Certification.Documents;

public sealed partial record EvaluationReportModel
{
    /// <summary>
    /// Reads a stored evaluation result: the serialised EvaluationResult of the evaluation engine
    /// (camelCase, kebab-case enums, nulls written, names as {"zh","en"}, values as bare numbers or booleans).
    /// </summary>
    /// <exception cref="JsonException">The JSON is not an evaluation result.</exception>
    public static EvaluationReportModel FromResultJson(string resultJson, EvaluationReportContext context)
    {
        using var document = JsonDocument.Parse(resultJson);
        var r = document.RootElement;
        return new EvaluationReportModel
        {
            ParkName = context.ParkName,
            ParkRegionCode = context.ParkRegionCode,
            Year = r.Required("year").GetInt32(),
            Scheme = r.RequiredString("scheme"),
            SchemeVersion = r.Required("schemeVersion").GetInt32(),
            SchemeStatus = r.RequiredString("schemeStatus"),
            NoticeZh = r.OptionalString("noticeZh"),
            NoticeEn = r.OptionalString("noticeEn"),
            Method = r.RequiredString("method"),
            Grade = r.OptionalString("grade"),
            Passed = r.Optional("passed") is { } passed ? passed.GetBoolean() : null,
            ManagementScore = r.Optional("managementScore") is { } m ? m.GetDecimal() : null,
            InventoryVersion = context.InventoryVersion,
            FactorRelease = context.FactorRelease,
            EvaluationId = context.EvaluationId,
            EvaluatedAt = context.EvaluatedAt,
            Indicators = r.Required("indicators").EnumerateArray().Select(Indicator).ToList(),
            Management = r.Optional("management") is { } items ? items.EnumerateArray().Select(ManagementItem).ToList() : [],
            NextGrade = r.Optional("nextGrade") is { } next
                ? new NextGradeGap(next.RequiredString("grade"), next.Required("missing").EnumerateArray().Select(s => s.GetString() ?? "").ToList())
                : null,
            CertificateNumber = context.CertificateNumber,
            VerificationUrl = context.VerificationUrl,
        };
    }

    private static IndicatorLine Indicator(JsonElement i)
    {
        var name = i.Required("name");
        var threshold = i.Optional("threshold") ?? default;
        return new IndicatorLine(
            i.RequiredString("code"), name.RequiredString("zh"), name.RequiredString("en"),
            ResultNumbers.Value(i.Optional("value") ?? default, threshold),
            ResultNumbers.Threshold(i.OptionalString("comparison"), threshold, i.OptionalString("thresholdGrade")),
            i.OptionalString("unit"),
            i.RequiredString("outcome") switch
            {
                "met" => IndicatorOutcome.Met,
                "not-met" => IndicatorOutcome.NotMet,
                "excluded" => IndicatorOutcome.Excluded,
                "not-applicable" => IndicatorOutcome.NotApplicable,
                var other => throw new JsonException($"Unknown indicator outcome '{other}'."),
            },
            i.RequiredString("explanationZh"), i.RequiredString("explanationEn"));
    }

    private static ManagementLine ManagementItem(JsonElement m)
    {
        var name = m.Required("name");
        ValueProvenance? provenance = m.OptionalString("provenance") switch
        {
            "computed" => ValueProvenance.Computed,
            "declared" => ValueProvenance.Declared,
            _ => null,
        };
        return new ManagementLine(m.RequiredString("code"), name.RequiredString("zh"), name.RequiredString("en"),
            ResultNumbers.Value(m.Optional("value") ?? default, default), provenance,
            m.Required("score").GetDecimal(), m.Required("weight").GetDecimal());
    }
}
