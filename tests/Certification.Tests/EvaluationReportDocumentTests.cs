using CarbonPlatform.Certification.Documents;
using CarbonPlatform.Certification.Tests.Support;

namespace CarbonPlatform.Certification.Tests;

public class EvaluationReportDocumentTests
{
    private static ReadPdf Render(EvaluationReportModel report) => ReadPdf.From(EvaluationReportDocument.Render(report, TestFont.Options));

    [Fact]
    public void Report_names_the_park_year_scheme_and_result()
    {
        var pdf = Render(Samples.Report("e07-cers-b"));

        Assert.True(pdf.Shows("碳中和产业园区评价报告"), pdf.Text);
        Assert.True(pdf.Shows(Samples.ParkName), pdf.Text);
        Assert.Equal("评价年度2022", pdf.Row("评价年度").Line);
        Assert.True(pdf.Shows("cers-2025-provisional · 第 1 版 / version 1 · 暂定 / provisional"), pdf.Text);
        Assert.Equal("评价结果B级/gradeB", pdf.Row("评价结果").Line);
        Assert.Equal("碳管理体系得分64.00", pdf.Row("碳管理体系得分").Line);
    }

    [Fact]
    public void Report_lists_each_indicator_code_with_its_outcome_in_Chinese_and_English()
    {
        var pdf = Render(Samples.Report("e03-910-excluded-guiding"));

        var expected = new Dictionary<string, (string Zh, string En)>
        {
            ["CORE"] = ("达标", "met"), ["G1"] = ("未达标", "notmet"), ["G2"] = ("达标", "met"), ["G3"] = ("达标", "met"),
            ["G4"] = ("已排除", "excluded"), ["G5"] = ("达标", "met"), ["D1"] = ("达标", "met"),
        };
        foreach (var (code, (zh, en)) in expected)
        {
            var (line, next) = pdf.Row(code);
            Assert.EndsWith(zh, line);
            Assert.EndsWith(en, next);
        }
    }

    [Fact]
    public void Report_shows_values_thresholds_and_explanations()
    {
        var pdf = Render(Samples.Report("e03-910-excluded-guiding"));

        Assert.StartsWith("CORE单位能耗碳排放0.1442≤0.20", pdf.Row("CORE").Line);
        Assert.StartsWith("G4余热/余冷/余压综合利用率—≥0.50", pdf.Row("G4").Line);
        Assert.True(pdf.Shows("清洁能源消费占比为 0.88，低于阈值 0.90，未达标"), pdf.Text);
        Assert.True(pdf.Shows("Clean-energy share of energy consumption is 0.88, below the threshold 0.90: not met"), pdf.Text);
    }

    [Fact]
    public void Report_of_a_pass_fail_scheme_shows_passed()
    {
        var pdf = Render(Samples.Report("e03-910-excluded-guiding"));

        Assert.Equal("评价结果通过/passed", pdf.Row("评价结果").Line);
    }

    [Fact]
    public void Report_shows_the_provisional_notice_for_a_provisional_scheme()
    {
        var pdf = Render(Samples.Report("e07-cers-b"));

        Assert.True(pdf.Shows("【注意：暂定阈值】本结果依据暂定方案 cers-2025-provisional（第 1 版）"), pdf.Text);
        Assert.True(pdf.Shows("[NOTICE: PROVISIONAL THRESHOLDS]"), pdf.Text);
    }

    [Fact]
    public void Report_of_an_official_scheme_shows_no_notice()
    {
        var pdf = Render(Samples.Report("e03-910-excluded-guiding"));

        Assert.DoesNotContain("注意", pdf.Text);
        Assert.DoesNotContain("NOTICE", pdf.Text);
    }

    [Fact]
    public void Report_shows_management_items_with_their_source_and_score()
    {
        var pdf = Render(Samples.Report("e07-cers-b"));

        var (p2, p2English) = pdf.Row("P2");
        Assert.Equal("P2重点用能企业在线监测覆盖比例0.60园区申报9/15", p2);
        Assert.EndsWith("declared", p2English);
        Assert.Equal("P5平台具备分析、预测与预警功能否/no园区申报0/10", pdf.Row("P5").Line);
    }

    [Fact]
    public void Report_says_what_the_next_grade_lacks()
    {
        var pdf = Render(Samples.Report("e07-cers-b"));

        Assert.True(pdf.Shows("距 A 级尚缺 Missing for grade A"), pdf.Text);
        Assert.True(pdf.Shows("再中和 866.8 tCO2e，使碳中和比例（范围一+二）从 0.5400 提高到 0.80"), pdf.Text);
        Assert.True(pdf.Shows("neutralise 866.8 tCO2e more"), pdf.Text);
    }

    [Fact]
    public void Report_ends_with_its_lineage()
    {
        var pdf = Render(Samples.Report("e07-cers-b"));

        Assert.Equal("盘查版本4", pdf.Row("盘查版本").Line);
        Assert.Equal("排放因子版本cn-2025.1", pdf.Row("排放因子版本").Line);
        Assert.Equal("方案版本cers-2025-provisional·第1版/version1·暂定/provisional", pdf.Row("方案版本").Line);
        Assert.Equal($"评价编号{Samples.EvaluationId}", pdf.Row("评价编号").Line);
        Assert.Equal("评价时间2026-04-2008:30UTC", pdf.Row("评价时间").Line);
    }

    [Fact]
    public void Report_with_a_certificate_shows_its_number_verification_url_and_QR()
    {
        var withCertificate = Render(Samples.Report("e07-cers-b", certificateNumber: "CNCP-2026-000123"));
        var without = Render(Samples.Report("e07-cers-b"));

        Assert.Equal("证书编号CNCP-2026-000123", withCertificate.Row("证书编号").Line);
        Assert.Contains(withCertificate.Lines, line => line.Trim() == Samples.VerificationUrl);
        Assert.DoesNotContain("证书编号", without.Text);
        Assert.DoesNotContain("https://", without.Text);
    }

    [Fact]
    public void Report_too_long_for_one_page_flows_onto_more_pages_with_the_table_header_repeated()
    {
        var report = Samples.Report("e03-910-excluded-guiding");
        var many = Enumerable.Range(1, 5).SelectMany(n => report.Indicators.Select(i => i with { Code = $"{i.Code}-{n}" })).ToList();

        var pdf = Render(report with { Indicators = many });

        Assert.True(pdf.Pages.Count >= 2, $"{many.Count} indicators on {pdf.Pages.Count} page(s)");
        Assert.All(many, i => pdf.Row(i.Code));
        Assert.All(pdf.Pages.Skip(1), page => Assert.Contains("代码", page));
        Assert.True(pdf.Shows("第 2 页 / page 2"), pdf.Text);
    }

    [Fact]
    public void Report_is_A4_titled_and_created_by_CarbonPlatform()
    {
        var pdf = Render(Samples.Report("e07-cers-b"));

        Assert.Equal(595, pdf.Width, 0);
        Assert.Equal(842, pdf.Height, 0);
        Assert.Equal($"碳中和产业园区评价报告 {Samples.ParkName} 2022", pdf.Title);
        Assert.Equal("CarbonPlatform", pdf.Creator);
    }
}
