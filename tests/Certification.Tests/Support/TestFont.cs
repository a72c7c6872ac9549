using CarbonPlatform.Certification.Documents;

namespace CarbonPlatform.Certification.Tests.Support;

/// <summary>The default font options, failing (never skipping) when the font is not installed.</summary>
internal static class TestFont
{
    public static DocumentOptions Options
    {
        get
        {
            var options = new DocumentOptions();
            Assert.True(File.Exists(options.FontPath),
                $"The Chinese font {options.FontPath} is not installed: run apt-get install -y --no-install-recommends fonts-noto-cjk " +
                "(CI installs it). Document tests fail rather than pass without it.");
            return options;
        }
    }
}
