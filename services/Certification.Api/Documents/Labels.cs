namespace CarbonPlatform.Certification.Documents;

/// <summary>Bilingual wording of the API's kebab-case values, from the platform's glossary; an unknown value is shown as it is.</summary>
internal static class Labels
{
    public const string Official = "official";

    public static string SchemeStatus(string status) => Both(status);

    public static string CertificateStatus(string status) => Both(status);

    /// <summary>The accounting method by the glossary's name, its id kept for the reader who checks the API.</summary>
    public static string Method(string method) => Glossary.Glossary.Figure(method) is { Source: not "" } t ? $"{t.Zh} / {t.En} ({method})" : method;

    public static (string Zh, string En) Outcome(IndicatorOutcome outcome) => Pair(outcome switch
    {
        IndicatorOutcome.Met => "met",
        IndicatorOutcome.NotMet => "not-met",
        IndicatorOutcome.Excluded => "excluded",
        _ => "not-applicable",
    });

    /// <summary>"有效 / valid": the glossary's Chinese and English of a status; an unknown status as it is.</summary>
    private static string Both(string status) => Glossary.Glossary.Status(status) is { Source: not "" } t ? $"{t.Zh} / {t.En}" : status;

    private static (string Zh, string En) Pair(string status) => (Glossary.Glossary.Status(status).Zh, Glossary.Glossary.Status(status).En);

    public static (string Zh, string En) Provenance(ValueProvenance? provenance) => provenance switch
    {
        ValueProvenance.Computed => ("平台计算", "computed"),
        ValueProvenance.Declared => ("园区申报", "declared"),
        _ => ("—", ""),
    };

    /// <summary>The overall result: the grade of a graded scheme, or passed/failed of a pass-fail one.</summary>
    public static string Result(string? grade, bool? passed) => (grade, passed) switch
    {
        ({ } g, _) => $"{g} 级 / grade {g}",
        (null, true) => "通过 / passed",
        (null, false) => "未通过 / failed",
        _ => "未达到任何等级 / no grade reached",
    };

    public static string SchemeVersion(string scheme, int? version, string status) =>
        version is { } v ? $"{scheme} · 第 {v} 版 / version {v} · {SchemeStatus(status)}" : $"{scheme} · {SchemeStatus(status)}";

    public static string YesNo(bool value) => value ? "是 / yes" : "否 / no";

    /// <summary>Used only when a non-official scheme comes without its own notice.</summary>
    public static (string Zh, string En) FallbackNotice(string status) => (
        $"【注意】本评价方案不是正式方案（{status}），其阈值未经与正式发布文本核对，本结果不是正式评价结论。",
        $"[NOTICE] The scheme's status is {status}: its thresholds are not checked against the official publication, and this is not an official evaluation.");
}
