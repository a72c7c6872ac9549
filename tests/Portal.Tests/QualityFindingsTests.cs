using CarbonPlatform.Portal.Dashboard;
using CarbonPlatform.Portal.Platform;
using Xunit;
using static CarbonPlatform.Portal.Tests.Samples;

namespace CarbonPlatform.Portal.Tests;

public sealed class QualityFindingsTests
{
    [Fact]
    public void Ten_thousand_lines_give_a_few_groups_with_counts_and_never_thousands_of_ids()
    {
        var lines = Enumerable.Range(0, 10_000).Select(i => (i % 3) switch
        {
            0 => LineUsing($"coal-{i}", "fuel-combustion", "fuel/anthracite/ncv@cn-2025.1", "unverified"),
            1 => LineUsing($"grid-{i}", "purchased-electricity", "electricity/grid-average/CN/2022@cn-2025.1", "confirmed"),
            _ => LineUsing($"lime-{i}", "carbonate-decomposition", "carbonate/dolomite@cn-2025.1", "inferred"),
        }).ToList();

        var findings = QualityFindings.Unverified(lines);

        Assert.Equal(6_667, findings.Lines);
        Assert.Equal([("fuel/anthracite/ncv@cn-2025.1", 3_334), ("carbonate/dolomite@cn-2025.1", 3_333)], findings.ByFactor.Select(g => (g.Key, g.Count)));
        Assert.Equal(["unverified", "inferred"], findings.ByFactor.Select(g => g.Status));
        Assert.Equal([("fuel-combustion", 3_334), ("carbonate-decomposition", 3_333)], findings.ByKind.Select(g => (g.Key, g.Count)));
        Assert.All(findings.ByFactor.Concat(findings.ByKind), g => Assert.Equal(QualityFindings.SampleSize, g.Sample.Count));
        Assert.Equal(3_334 - QualityFindings.SampleSize, findings.ByKind[0].NotShown);
    }

    [Fact]
    public void A_line_with_two_unconfirmed_inputs_of_one_factor_counts_once_in_that_factors_group()
    {
        var line = Parse<InventoryLine>("""
            {"id":"coal","kind":"fuel-combustion","scope":1,"co2e":5,"excluded":false,"formula":"f","inputs":[
              {"name":"ncv","value":1,"unit":"GJ/t","origin":"fuel/anthracite@cn-2025.1","status":"unverified"},
              {"name":"cc","value":1,"unit":"tC/GJ","origin":"fuel/anthracite@cn-2025.1","status":"unverified"}],"flags":[]}
            """);

        var findings = QualityFindings.Unverified([line]);

        Assert.Equal(1, findings.ByFactor.Single().Count);
    }

    [Fact]
    public void Confirmed_factors_give_no_finding()
    {
        var findings = QualityFindings.Unverified([LineUsing("grid", "purchased-electricity", "electricity/x@cn-2025.1", "confirmed")]);

        Assert.Equal(0, findings.Lines);
        Assert.Empty(findings.ByFactor);
        Assert.Empty(findings.ByKind);
    }

    private static InventoryLine LineUsing(string id, string kind, string origin, string status) => Parse<InventoryLine>($$"""
        {"id":"{{id}}","kind":"{{kind}}","scope":1,"co2e":1,"excluded":false,"formula":"f",
         "inputs":[{"name":"q","value":1,"unit":"t","origin":"line"},{"name":"ef","value":2,"unit":"t/t","origin":"{{origin}}","status":"{{status}}"}],"flags":[]}
        """);
}
