using Amazon.Runtime;
using Amazon.S3;

namespace CarbonPlatform.ActivityData.Evidence;

public static class EvidenceStorage
{
    /// <summary>
    /// S3-compatible storage when <c>Evidence:S3:ServiceUrl</c> is set (with <c>Bucket</c>, <c>Prefix</c>, <c>Region</c> and the
    /// keys <c>AccessKey</c>/<c>SecretKey</c> from the secret store), else the service's database.
    /// </summary>
    public static IServiceCollection AddEvidenceStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var s3 = configuration.GetSection("Evidence:S3");
        if (string.IsNullOrEmpty(s3["ServiceUrl"])) return services.AddSingleton<IEvidenceContents, DatabaseEvidenceContents>();
        var bucket = s3["Bucket"] ?? throw new InvalidOperationException("Evidence:S3:Bucket is required with Evidence:S3:ServiceUrl.");
        services.AddSingleton<IAmazonS3>(_ => new AmazonS3Client(
            new BasicAWSCredentials(s3["AccessKey"] ?? throw new InvalidOperationException("Evidence:S3:AccessKey is required."),
                s3["SecretKey"] ?? throw new InvalidOperationException("Evidence:S3:SecretKey is required.")),
            new AmazonS3Config
            {
                ServiceURL = s3["ServiceUrl"], ForcePathStyle = true, AuthenticationRegion = s3["Region"] ?? "us-east-1",
                // Checksums only where the API requires them: not every S3-compatible store takes trailing checksums.
                RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
                ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            }));
        return services.AddSingleton<IEvidenceContents>(sp => new S3EvidenceContents(sp.GetRequiredService<IAmazonS3>(), bucket, s3["Prefix"] ?? "evidence/"));
    }
}
