using CarbonPlatform.Glossary;

namespace CarbonPlatform.Portal.Localization;

/// <summary>The platform's glossary in the page's language: a Chinese page never shows an API id where a term exists.</summary>
public static class GlossaryText
{
    public static string Kind(this PortalText l, string id) => Glossary.Glossary.LineKind(id).In(l.English);
    public static string Role(this PortalText l, string id) => Glossary.Glossary.Role(id).In(l.English);
    public static string OrganizationKind(this PortalText l, string id) => Glossary.Glossary.OrganizationKind(id).In(l.English);
    public static string Figure(this PortalText l, string id) => Glossary.Glossary.Figure(id).In(l.English);
    public static string Status(this PortalText l, string id) => Glossary.Glossary.Status(id).In(l.English);
    public static string Field(this PortalText l, string id) => Glossary.Glossary.Field(id).In(l.English);
    public static string Value(this PortalText l, string id) => Glossary.Glossary.Value(id).In(l.English);

    /// <summary>"范围一（直接排放）" or "Scope 1 (direct)"; "—" for a line outside the scopes.</summary>
    public static string Scope(this PortalText l, int? scope) => scope is { } s ? l.Figure("scope" + s) : "—";

    /// <summary>The engine's formula as the page writes it: in Chinese notation on a Chinese page, as the API gives it otherwise.</summary>
    public static string Formula(this PortalText l, string? english) => english is null ? "—" : l.English ? english : Formulas.Of(english).Zh;

    /// <summary>The symbols a formula uses, each with what it means in the page's language.</summary>
    public static IReadOnlyList<(string Symbol, string Meaning)> Symbols(this PortalText l, string? english) =>
        english is null ? [] : Formulas.Of(english).Symbols.Select(s => (s.Id, s.In(l.English))).ToList();
}
