using CarbonPlatform.Certification.Documents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CarbonPlatform.Certification.Tests;

public class DocumentsRegistrationTests
{
    [Fact]
    public void Document_options_are_bound_from_the_Documents_section()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Documents:FontPath"] = "/opt/fonts/NotoSansCJK-Regular.ttc", ["Documents:FontFaceIndex"] = "3",
        });

        builder.AddCertificationDocuments();
        using var host = builder.Build();

        var options = host.Services.GetRequiredService<IOptions<DocumentOptions>>().Value;
        Assert.Equal(("/opt/fonts/NotoSansCJK-Regular.ttc", 3), (options.FontPath, options.FontFaceIndex));
    }

    [Fact]
    public void Without_a_Documents_section_the_defaults_apply()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());

        builder.AddCertificationDocuments();
        using var host = builder.Build();

        var options = host.Services.GetRequiredService<IOptions<DocumentOptions>>().Value;
        Assert.Equal((DocumentOptions.NotoSansCjkPath, DocumentOptions.SimplifiedChineseFace), (options.FontPath, options.FontFaceIndex));
    }
}
