namespace CarbonPlatform.Glossary;

/// <summary>A word of the domain: the API's id, how the Chinese and English pages say it, and where the wording comes from.</summary>
public sealed record Term(string Id, string Zh, string En, string Source)
{
    public string In(bool english) => english ? En : Zh;

    /// <summary>An id no list knows is shown as it is, so a new value never disappears from a page.</summary>
    public static Term Unknown(string id) => new(id, id, id, "");
}

/// <summary>The documents the wording follows; docs/portal.md lists every term with one of these.</summary>
public static class Sources
{
    public const string Gbt32150 = "GB/T 32150《工业企业温室气体排放核算和报告通则》";
    public const string Cers = "T/CERS《碳中和产业园区评价》";
    public const string Ndrc910 = "发改环资〔2025〕910号（附件3、附件4）";
    public const string GhgProtocol = "GHG Protocol（范围二指南、范围三标准）";
    public const string Ccer = "《温室气体自愿减排交易管理办法（试行）》";
    public const string Ipcc = "IPCC 评估报告";
    public const string Platform = "本平台（docs/identity.md、shared/spec/api-v1.md）";
}
