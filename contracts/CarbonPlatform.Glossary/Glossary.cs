namespace CarbonPlatform.Glossary;

/// <summary>
/// Every list of terms, looked up by the API's id. One glossary for the portal, the PDFs and the API's explanations,
/// so a page, a report and an explanation never call one thing by two names.
/// </summary>
public static class Glossary
{
    public static Term LineKind(string id) => Find(LineKinds.All, id);
    public static Term Role(string id) => Find(Roles.All, id);
    public static Term OrganizationKind(string id) => Find(Roles.OrganizationKinds, id);
    public static Term Figure(string id) => Find(Figures.All, id);
    public static Term Value(string id) => Find(Values.All, id);
    public static Term Field(string id) => Find(Fields.All, id);
    public static Term Status(string id) => Find(Statuses.All, id);
    public static Term Symbol(string id) => Find(Symbols.All, id);

    /// <summary>Every term of every list (formulas aside), as docs/portal.md shows them.</summary>
    public static IEnumerable<(string List, Term Term)> Everything() =>
        LineKinds.All.Values.Select(t => ("line kinds", t))
            .Concat(Figures.All.Values.Select(t => ("figures", t)))
            .Concat(Symbols.All.Values.Select(t => ("symbols", t)))
            .Concat(Roles.All.Values.Select(t => ("roles", t)))
            .Concat(Roles.OrganizationKinds.Values.Select(t => ("organisation kinds", t)))
            .Concat(Fields.All.Values.Select(t => ("fields", t)))
            .Concat(Values.All.Values.Select(t => ("values", t)))
            .Concat(Statuses.All.Values.Select(t => ("statuses", t)));

    private static Term Find(IReadOnlyDictionary<string, Term> list, string id) =>
        list.TryGetValue(id, out var term) ? term : Term.Unknown(id);

    internal static Dictionary<string, Term> Index(params Term[] terms) => terms.ToDictionary(t => t.Id, StringComparer.Ordinal);
}
