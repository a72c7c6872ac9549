using CarbonPlatform.Certification.Documents;

namespace CarbonPlatform.Certification.Tests;

/// <summary>Line wrapping with every character one unit wide.</summary>
public class LineBreakerTests
{
    private static IReadOnlyList<string> Wrap(string text, float width) => LineBreaker.Wrap(text, width, s => s.Length);

    [Fact]
    public void English_breaks_at_spaces_never_inside_a_word()
    {
        Assert.Equal(["carbon", "neutral park", "report"], Wrap("carbon neutral park report", 12));
    }

    [Fact]
    public void Chinese_breaks_between_any_two_characters()
    {
        Assert.Equal(["苏州工业", "园区示范", "零碳园区"], Wrap("苏州工业园区示范零碳园区", 4));
    }

    [Fact]
    public void Chinese_closing_punctuation_stays_with_the_character_before_it()
    {
        Assert.Equal(["评价结", "果，达", "标。"], Wrap("评价结果，达标。", 3));
    }

    [Fact]
    public void A_word_wider_than_the_line_is_cut_into_full_lines()
    {
        Assert.Equal(["https://", "carbon.e", "xample"], Wrap("https://carbon.example", 8));
    }

    [Fact]
    public void Explicit_newlines_are_kept_and_text_that_fits_is_one_line()
    {
        Assert.Equal(["第一行", "second"], Wrap("第一行\nsecond", 40));
        Assert.Equal(["0.5400，满足 B 级条件"], Wrap("0.5400，满足 B 级条件", 40));
    }
}
