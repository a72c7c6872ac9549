using System.Text;

namespace CarbonPlatform.ActivityData.Imports;

/// <summary>What the endpoints of the file imports (activity lines, meter readings) say and serve alike.</summary>
internal static class FileImportEndpoints
{
    /// <summary>The contract's words on a committed import's Idempotency-Key; <paramref name="firstAnswer"/> follows "the first 202".</summary>
    public static string IdempotentCommit(string hash, string firstAnswer) =>
        $"A commit may send an {Idempotency.Header} header (at most {Idempotency.MaxLength} characters): a retry with the same key and "
        + $"the same file ({hash}) answers the first 202 {firstAnswer}; the same key with a different file is 409 "
        + "idempotency-key-reused (field Idempotency-Key). Of concurrent commits with one key exactly one records. A dry run ignores the key.";

    /// <summary>A CSV template, in UTF-8 with a byte-order mark so that spreadsheet programs read its Chinese headers.</summary>
    public static IResult CsvTemplate(string text, string fileName) =>
        Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(), "text/csv; charset=utf-8", fileName);
}
