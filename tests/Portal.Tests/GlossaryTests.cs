using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using CarbonPlatform.Glossary;
using CarbonPlatform.ServiceDefaults.Auth;
using Xunit;

namespace CarbonPlatform.Portal.Tests;

public sealed class GlossaryTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void Every_formula_the_accounting_engine_writes_has_a_Chinese_notation()
    {
        var engine = typeof(CarbonPlatform.Accounting.Engine.Results.LineResult).Assembly;
        var formulas = engine.GetTypes().Where(t => t.Namespace?.EndsWith(".Lines", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && (f.Name.StartsWith("Formula", StringComparison.Ordinal) || f.Name.StartsWith("Excluded", StringComparison.Ordinal)))
            .Select(f => (string)f.GetRawConstantValue()!).Distinct().ToList();

        Assert.True(formulas.Count >= 25, $"only {formulas.Count} formulas found in the engine");
        var missing = formulas.Where(f => !Formulas.Known.Contains(f)).ToList();
        Assert.True(missing.Count == 0, "no Chinese notation for: " + string.Join(" | ", missing));
    }

    [Fact]
    public void Chinese_formulas_use_symbols_and_units_but_no_English_words()
    {
        var allowed = Symbols.All.Keys.Concat(["tCO2e", "tCO2", "tC", "tce", "kgce", "kWh", "MWh", "GJ", "t"]).ToHashSet(StringComparer.Ordinal);
        foreach (var english in Formulas.Known)
        {
            var words = Regex.Matches(Formulas.Of(english).Zh, "[A-Za-z][A-Za-z0-9_]*").Select(m => m.Value).Where(w => !allowed.Contains(w)).ToList();
            Assert.True(words.Count == 0, $"{Formulas.Of(english).Zh}: {string.Join(", ", words)}");
        }
    }

    [Fact]
    public void Each_symbol_of_a_formula_is_explained()
    {
        var fuel = Formulas.Of("co2[t] = Q × NCV × CC × OF × 44/12, with heat[GJ] = Q × NCV and carbon[tC] = heat × CC × OF");

        Assert.StartsWith("E = Q × NCV × CC × OF × 44/12", fuel.Zh);
        Assert.Equal(["E", "Q", "AD", "NCV", "CC", "OF", "44/12"], fuel.Symbols.Select(s => s.Id));
        Assert.Equal("低位发热量", fuel.Symbols.Single(s => s.Id == "NCV").Zh);
    }

    [Fact]
    public void Every_line_kind_of_the_specification_has_a_Chinese_term_with_its_source()
    {
        var spec = File.ReadAllText(Path.Combine(Shared(), "domain", "accounting.md")).Split("## Activity lines")[1].Split("Units accepted")[0];
        var kinds = Regex.Matches(spec, @"^\| `([a-z0-9-]+)` \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(15, kinds.Count);
        Assert.All(kinds, k => Assert.True(LineKinds.All.TryGetValue(k, out var t) && t.Source.Length > 0 && !Regex.IsMatch(t.Zh, "[a-z]{3,}"), k));
        Assert.Equal("燃料燃烧", Glossary.Glossary.LineKind("fuel-combustion").Zh);
        Assert.Equal("外购电力", Glossary.Glossary.LineKind("purchased-electricity").Zh);
        Assert.Equal("碳汇", Glossary.Glossary.LineKind("carbon-sink").Zh);
        Assert.Equal("碳抵销", Glossary.Glossary.LineKind("offset").Zh);
        Assert.StartsWith("范围三", Glossary.Glossary.LineKind("scope3").Zh);
    }

    [Fact]
    public void Every_role_and_organisation_kind_the_platform_issues_has_a_Chinese_name()
    {
        var roles = typeof(PlatformRoles).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);
        var kinds = typeof(OrganizationKinds).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

        Assert.All(roles, r => Assert.NotEqual(r, Glossary.Glossary.Role(r).Zh));
        Assert.All(kinds, k => Assert.NotEqual(k, Glossary.Glossary.OrganizationKind(k).Zh));
    }

    [Fact]
    public void An_unknown_id_is_shown_as_it_is()
    {
        Assert.Equal("new-kind", Glossary.Glossary.LineKind("new-kind").Zh);
        Assert.Equal("co2 = something new", Formulas.Of("co2 = something new").Zh);
    }

    [Fact]
    public void The_portal_docs_show_every_term_with_its_source()
    {
        var docs = File.ReadAllText(Path.Combine(Root, "docs", "portal.md"));
        var table = DocsTable();

        Assert.True(docs.Contains(table, StringComparison.Ordinal), "docs/portal.md lacks the glossary table as it is now; paste:\n" + table);
    }

    /// <summary>The glossary as docs/portal.md shows it: one row a term.</summary>
    private static string DocsTable()
    {
        var table = new StringBuilder("| list | id | 中文 | English | source |\n|---|---|---|---|---|\n");
        foreach (var (list, t) in Glossary.Glossary.Everything()) table.Append($"| {list} | `{t.Id}` | {t.Zh} | {t.En} | {t.Source} |\n");
        return table.ToString();
    }

    /// <summary>shared/ beside the clone, as CI puts it.</summary>
    private static string Shared()
    {
        for (var dir = new DirectoryInfo(Root); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "shared", "domain", "accounting.md"))) return Path.Combine(dir.FullName, "shared");
        throw new InvalidOperationException("shared/domain/accounting.md not found beside " + Root);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CarbonPlatform.sln"))) return dir.FullName;
        throw new InvalidOperationException("CarbonPlatform.sln not found above " + AppContext.BaseDirectory);
    }
}
