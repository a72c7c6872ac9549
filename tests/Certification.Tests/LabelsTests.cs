using CarbonPlatform.Certification.Documents;
using Xunit;

namespace CarbonPlatform.Certification.Tests;

public sealed class LabelsTests
{
    [Fact]
    public void Statuses_outcomes_and_the_method_are_worded_as_the_platforms_glossary_words_them()
    {
        Assert.Equal("有效 / valid", Labels.CertificateStatus("valid"));
        Assert.Equal("已撤销 / revoked", Labels.CertificateStatus("revoked"));
        Assert.Equal("暂定 / provisional", Labels.SchemeStatus("provisional"));
        Assert.Equal(("未达标", "not met"), Labels.Outcome(IndicatorOutcome.NotMet));
        Assert.Equal(Glossary.Glossary.Figure("cers-2025").Zh, Labels.Method("cers-2025").Split(" / ")[0]);
        Assert.EndsWith("(ndrc-910-2025)", Labels.Method("ndrc-910-2025"));
    }

    [Fact]
    public void A_value_the_glossary_does_not_know_is_shown_as_it_is()
    {
        Assert.Equal("paused-by-court", Labels.CertificateStatus("paused-by-court"));
        Assert.Equal("some-method", Labels.Method("some-method"));
    }
}
