using System.Text.Json;
using CarbonPlatform.Certification.Documents;
using CarbonPlatform.Certification.Tests.Support;

namespace CarbonPlatform.Certification.Tests;

/// <summary>Reading the stored result JSON that the evaluation engine really writes (shared vectors e03 and e07).</summary>
public class EvaluationReportModelTests
{
    [Fact]
    public void Graded_result_gives_grade_management_score_and_next_grade()
    {
        var report = Samples.Report("e07-cers-b");

        Assert.Equal(("cers-2025-provisional", 1, "provisional", "cers-2025", 2022), (report.Scheme, report.SchemeVersion, report.SchemeStatus, report.Method, report.Year));
        Assert.Equal("B", report.Grade);
        Assert.Null(report.Passed);
        Assert.Equal(64.00m, report.ManagementScore);
        Assert.StartsWith("【注意：暂定阈值】", report.NoticeZh);
        Assert.StartsWith("[NOTICE: PROVISIONAL THRESHOLDS]", report.NoticeEn);
        Assert.Equal("A", report.NextGrade!.Grade);
        Assert.Equal(2, report.NextGrade.Missing.Count);
    }

    [Fact]
    public void Indicators_carry_printable_value_threshold_and_outcome()
    {
        var report = Samples.Report("e07-cers-b");

        var r12 = Assert.Single(report.Indicators, i => i.Code == "R12");
        Assert.Equal(("碳中和比例（范围一+二）", "carbon-neutrality ratio of scopes 1+2"), (r12.NameZh, r12.NameEn));
        Assert.Equal(("0.5400", "≥ 0.50 (B)", IndicatorOutcome.Met), (r12.ValueText, r12.ThresholdText, r12.Outcome));
        var s3 = Assert.Single(report.Indicators, i => i.Code == "S3");
        Assert.Equal(("是 / yes", "= 是 / yes (AAA)"), (s3.ValueText, s3.ThresholdText));
        Assert.Equal(IndicatorOutcome.NotMet, Assert.Single(report.Indicators, i => i.Code == "R123").Outcome);
    }

    [Fact]
    public void Pass_fail_result_gives_passed_units_and_excluded_indicators_without_value()
    {
        var report = Samples.Report("e03-910-excluded-guiding");

        Assert.True(report.Passed);
        Assert.Null(report.Grade);
        Assert.Equal("official", report.SchemeStatus);
        Assert.Null(report.NoticeZh);
        Assert.Null(report.NextGrade);
        Assert.Empty(report.Management);
        var core = Assert.Single(report.Indicators, i => i.Code == "CORE");
        Assert.Equal(("0.1442", "≤ 0.20", "tCO2/tce"), (core.ValueText, core.ThresholdText, core.Unit));
        var g4 = Assert.Single(report.Indicators, i => i.Code == "G4");
        Assert.Equal(("—", IndicatorOutcome.Excluded), (g4.ValueText, g4.Outcome));
        Assert.Contains("no waste heat sources inside the boundary", g4.ExplanationEn);
    }

    [Fact]
    public void Management_items_carry_value_provenance_score_and_weight()
    {
        var report = Samples.Report("e07-cers-b");

        var p2 = Assert.Single(report.Management, m => m.Code == "P2");
        Assert.Equal(("0.60", ValueProvenance.Declared, 9.0m, 15m), (p2.ValueText, p2.Provenance, p2.Score, p2.Weight));
        Assert.Equal("否 / no", Assert.Single(report.Management, m => m.Code == "P5").ValueText);
    }

    [Fact]
    public void Park_and_lineage_come_from_the_context()
    {
        var report = Samples.Report("e07-cers-b", certificateNumber: "CNCP-2026-000123");

        Assert.Equal((Samples.ParkName, "320571", 4, "cn-2025.1", Samples.EvaluationId), (report.ParkName, report.ParkRegionCode, report.InventoryVersion, report.FactorRelease, report.EvaluationId));
        Assert.Equal(("CNCP-2026-000123", Samples.VerificationUrl), (report.CertificateNumber, report.VerificationUrl));
    }

    [Fact]
    public void A_value_that_rounds_to_its_threshold_without_meeting_it_shows_more_decimals()
    {
        var stored = SharedVectors.ResultJson("e03-910-excluded-guiding");
        Assert.Contains("\"value\":0.88,", stored); // G1, against 0.9
        var json = stored.Replace("\"value\":0.88,", "\"value\":0.89996,");

        var g1 = Assert.Single(EvaluationReportModel.FromResultJson(json, Samples.Context()).Indicators, i => i.Code == "G1");

        Assert.Equal("0.89996", g1.ValueText);
    }

    [Fact]
    public void Json_that_is_not_an_evaluation_result_is_refused_naming_what_is_missing()
    {
        var error = Assert.Throws<JsonException>(() => EvaluationReportModel.FromResultJson("""{ "scheme": "x" }""", Samples.Context()));

        Assert.Contains("'year'", error.Message);
    }
}
