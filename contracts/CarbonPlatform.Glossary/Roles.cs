using static CarbonPlatform.Glossary.Sources;

namespace CarbonPlatform.Glossary;

/// <summary>Roles and organisation kinds as the identity service issues them (docs/identity.md).</summary>
public static class Roles
{
    public static readonly IReadOnlyDictionary<string, Term> All = Glossary.Index(
        new("operator-admin", "园区管理员", "park administrator", Platform),
        new("operator-data-entry", "数据填报员", "data entry", Platform),
        new("operator-viewer", "园区查看者", "park viewer", Platform),
        new("operator-reviewer", "数据审核员", "data reviewer", Platform),
        new("enterprise-data-entry", "企业填报员", "enterprise data entry", Platform),
        new("enterprise-viewer", "企业查看者", "enterprise viewer", Platform),
        new("organization-admin", "机构管理员", "organisation administrator", Platform),
        new("authority-viewer", "主管部门查看者", "regional authority viewer", Platform),
        new("certification-reviewer", "认证审核员", "certification reviewer", Platform),
        new("platform-admin", "平台管理员", "platform administrator", Platform),
        new("platform-service", "平台服务", "platform service", Platform));

    public static readonly IReadOnlyDictionary<string, Term> OrganizationKinds = Glossary.Index(
        new("park-operator", "园区管理机构", "park operator", Cers),
        new("regional-authority", "地方主管部门", "regional authority", Cers),
        new("certification-body", "认证评价机构", "certification body", Cers),
        new("enterprise", "园区企业", "enterprise", Platform),
        new("platform", "平台", "platform", Platform));
}
