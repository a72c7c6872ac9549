using CarbonPlatform.Certification.Documents;
using CarbonPlatform.Certification.Tests.Support;

namespace CarbonPlatform.Certification.Tests;

public class DocumentFontTests
{
    [Fact]
    public void Missing_font_gives_an_error_naming_the_path_and_the_package_to_install()
    {
        var options = new DocumentOptions { FontPath = "/nonexistent/NotoSansCJK-Regular.ttc" };

        var certificate = Assert.Throws<InvalidOperationException>(() => CertificateDocument.Render(Samples.GradedCertificate, options));
        var report = Assert.Throws<InvalidOperationException>(() =>
            EvaluationReportDocument.Render(Samples.Report("e07-cers-b"), options));

        foreach (var error in new[] { certificate, report })
        {
            Assert.Contains("/nonexistent/NotoSansCJK-Regular.ttc", error.Message);
            Assert.Contains("fonts-noto-cjk", error.Message);
        }
    }

    [Fact]
    public void A_face_index_the_font_does_not_have_is_refused_with_the_setting_to_change()
    {
        var options = new DocumentOptions { FontFaceIndex = 99 };
        Assert.True(File.Exists(options.FontPath), $"{options.FontPath} is not installed: apt-get install -y --no-install-recommends fonts-noto-cjk.");

        var error = Assert.Throws<InvalidOperationException>(() => CertificateDocument.Render(Samples.GradedCertificate, options));

        Assert.Contains("face 99", error.Message);
        Assert.Contains("Documents:FontFaceIndex", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_font_is_refused_with_its_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"not-a-font-{Guid.NewGuid():N}.ttc");
        File.WriteAllText(path, "not a font");
        try
        {
            var error = Assert.Throws<InvalidOperationException>(() =>
                CertificateDocument.Render(Samples.GradedCertificate, new DocumentOptions { FontPath = path, FontFaceIndex = 0 }));

            Assert.Contains(path, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Default_options_are_Noto_Sans_CJK_Simplified_Chinese()
    {
        var options = new DocumentOptions();

        Assert.Equal("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", options.FontPath);
        Assert.Equal(2, options.FontFaceIndex);
    }

    [Fact]
    public void Simplified_characters_that_share_a_glyph_with_a_radical_extract_as_themselves()
    {
        // 长 门 龙 马 页 见 share glyphs with CJK Radicals Supplement code points, 日 with a Kangxi radical.
        const string name = "长沙龙门马页见日照示范园区";
        var pdf = ReadPdf.Raw(CertificateDocument.Render(Samples.GradedCertificate with { ParkName = name }, TestFont.Options));

        Assert.Contains(pdf.Lines, line => line.Trim() == name);
        Assert.DoesNotContain(pdf.Text, c => c is >= '\u2E80' and <= '\u2FDF');
    }
}
