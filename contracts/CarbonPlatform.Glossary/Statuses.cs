using static CarbonPlatform.Glossary.Sources;

namespace CarbonPlatform.Glossary;

/// <summary>Statuses of factors, schemes, applications, certificates and indicator outcomes; a reviewer's decisions.</summary>
public static class Statuses
{
    public static readonly IReadOnlyDictionary<string, Term> All = Glossary.Index(
        new("confirmed", "已确认", "confirmed", Platform),
        new("unverified", "未确认", "unverified", Platform),
        new("inferred", "推定", "inferred", Platform),
        new("provisional", "暂定", "provisional", Platform),
        new("official", "正式", "official", Platform),
        new("secondary-source", "二手来源", "secondary source", Platform),
        new("submitted", "已提交", "submitted", Cers),
        new("under-review", "审核中", "under review", Cers),
        new("information-requested", "需补充材料", "information requested", Cers),
        new("resubmitted", "已补充", "resubmitted", Cers),
        new("approved", "已批准", "approved", Cers),
        new("rejected", "已驳回", "rejected", Cers),
        new("valid", "有效", "valid", Cers),
        new("suspended", "暂停", "suspended", Cers),
        new("revoked", "已撤销", "revoked", Cers),
        new("expired", "已过期", "expired", Cers),
        new("met", "达标", "met", Cers),
        new("not-met", "未达标", "not met", Cers),
        new("excluded", "已排除", "excluded", Cers),
        new("not-applicable", "不适用", "not applicable", Cers),
        new("submit", "提交申请", "submitted", Cers),
        new("resubmit", "补充后重新提交", "resubmitted", Cers),
        new("start-review", "开始审核", "review started", Cers),
        new("request-information", "要求补充材料", "information requested", Cers),
        new("approve", "批准", "approved", Cers),
        new("reject", "驳回", "rejected", Cers));
}
