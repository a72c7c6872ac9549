namespace CarbonPlatform.Certification.Documents;

/// <summary>The tables and lists of the evaluation report.</summary>
internal static class ReportSections
{
    private static readonly TableColumn[] IndicatorColumns =
    [
        new(48, "代码", "Code"), new(152, "指标", "Indicator"), new(95, "数值", "Value"),
        new(85, "阈值", "Threshold"), new(115, "结果", "Outcome"),
    ];

    private static readonly TableColumn[] ManagementColumns =
    [
        new(48, "代码", "Code"), new(227, "管理事项", "Item"), new(70, "数值", "Value"),
        new(80, "来源", "Source"), new(70, "得分 / 权重", "Score / weight"),
    ];

    public static void Indicators(PdfPages pages, IReadOnlyList<IndicatorLine> indicators)
    {
        pages.Heading("评价指标", "Indicators");
        var table = new PdfTable(pages, IndicatorColumns);
        table.Header();
        foreach (var i in indicators)
        {
            var (zh, en) = Labels.Outcome(i.Outcome);
            var color = i.Outcome switch { IndicatorOutcome.Met => Ink.Accent, IndicatorOutcome.NotMet => Ink.Warning, _ => Ink.Muted };
            table.Row(
            [
                [new(i.Code, Ink.Text)],
                [new(i.NameZh, Ink.Text), PdfTable.Note(i.NameEn)],
                WithUnit(i.ValueText, i.Unit),
                WithUnit(i.ThresholdText, i.Unit),
                [new(zh, color), PdfTable.Note(en)],
            ],
            [new(i.ExplanationZh, Ink.Text, 7.5f), PdfTable.Note(i.ExplanationEn)]);
        }
    }

    public static void Management(PdfPages pages, IReadOnlyList<ManagementLine> items)
    {
        pages.Heading("碳管理体系", "Carbon management");
        var table = new PdfTable(pages, ManagementColumns);
        table.Header();
        foreach (var m in items)
        {
            var (zh, en) = Labels.Provenance(m.Provenance);
            table.Row(
            [
                [new(m.Code, Ink.Text)],
                [new(m.NameZh, Ink.Text), PdfTable.Note(m.NameEn)],
                [new(m.ValueText, Ink.Text)],
                [new(zh, Ink.Text), PdfTable.Note(en)],
                [new($"{ResultNumbers.Compact(m.Score)} / {ResultNumbers.Compact(m.Weight)}", Ink.Text)],
            ],
            []);
        }
    }

    public static void NextGrade(PdfPages pages, NextGradeGap next)
    {
        pages.Heading($"距 {next.Grade} 级尚缺", $"Missing for grade {next.Grade}");
        foreach (var sentence in next.Missing)
        {
            pages.Paragraph("• " + sentence, PdfBlocks.BodySize - 1, Ink.Text, indent: 6);
            pages.Y += 3;
        }
    }

    private static List<CellLine> WithUnit(string text, string? unit) =>
        unit is null || text == "—" ? [new(text, Ink.Text)] : [new(text, Ink.Text), PdfTable.Note(unit)];
}
