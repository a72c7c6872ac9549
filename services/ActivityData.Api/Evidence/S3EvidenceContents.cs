using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace CarbonPlatform.ActivityData.Evidence;

/// <summary>
/// Bytes as objects <c>{prefix}{park}/{evidence id}</c> in an S3-compatible bucket. The object is written before the row
/// is saved: a failed save leaves an object no row names (never a row without its object), and the id is never reused.
/// </summary>
public sealed class S3EvidenceContents(IAmazonS3 s3, string bucket, string prefix) : IEvidenceContents
{
    private static readonly DatabaseEvidenceContents Database = new();

    public static string KeyOf(string prefix, EvidenceFile evidence) => $"{prefix}{evidence.ParkId:D}/{evidence.Id:D}";

    public async Task StoreAsync(ActivityDb db, EvidenceFile evidence, byte[] bytes, CancellationToken ct)
    {
        using var body = new MemoryStream(bytes, writable: false);
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket, Key = KeyOf(prefix, evidence), InputStream = body, ContentType = "application/octet-stream",
            UseChunkEncoding = false,
        }, ct);
    }

    public async Task<byte[]?> ReadAsync(ActivityDb db, EvidenceFile evidence, CancellationToken ct)
    {
        try
        {
            using var response = await s3.GetObjectAsync(bucket, KeyOf(prefix, evidence), ct);
            using var bytes = new MemoryStream((int)Math.Min(response.ContentLength, EvidenceRules.MaxBytes));
            await response.ResponseStream.CopyToAsync(bytes, ct);
            return bytes.ToArray();
        }
        catch (AmazonClientException e) when (e.Message.Contains("hash", StringComparison.OrdinalIgnoreCase))
        {
            // The SDK checks the object against the store's own checksum as it reads: bytes changed in the bucket.
            throw new EvidenceCorruptException(e);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            // A file stored before the bucket was configured is still in the database.
            return await Database.ReadAsync(db, evidence, ct);
        }
    }
}

/// <summary>The store could not hand back the bytes it was given: they changed where they are kept.</summary>
public sealed class EvidenceCorruptException(Exception inner) : Exception("The stored evidence does not match the store's own checksum.", inner);
