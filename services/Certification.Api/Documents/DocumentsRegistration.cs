using Microsoft.Extensions.Hosting;

namespace CarbonPlatform.Certification.Documents;

public static class DocumentsRegistration
{
    /// <summary>Binds <see cref="DocumentOptions"/> from "Documents"; the renderers themselves are static.</summary>
    public static IHostApplicationBuilder AddCertificationDocuments(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<DocumentOptions>(builder.Configuration.GetSection(DocumentOptions.SectionName));
        return builder;
    }
}
