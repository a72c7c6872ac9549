namespace CarbonPlatform.Portal.Localization;

/// <summary>The names of the pathway measures and their choices in the page's language (the glossary's terms where it has them).</summary>
public static class PathwayText
{
    public static string Measure(this PortalText l, string kind) => kind switch
    {
        "growth" => l["活动量增长", "activity growth"],
        "efficiency" => l["节能改造", "efficiency"],
        "fuel-switch" => l["燃料替代", "fuel switch"],
        _ => l.Kind(kind),
    };

    /// <summary>A choice of a measure (where the switched fuel goes, an instrument, a kind of sink).</summary>
    public static string Choice(this PortalText l, string id) => id switch
    {
        "purchased-electricity" or "purchased-heat" => l.Kind(id),
        "CCER" or "CEA" or "VCS" or "GS" => id,
        "other" => l["其他", "other"],
        _ => l.Value(id),
    };

    /// <summary>"AA" or "通过" / "pass" for a pass-fail target.</summary>
    public static string TargetName(this PortalText l, string? grade) => grade ?? l["通过", "pass"];
}
