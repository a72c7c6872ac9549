namespace CarbonPlatform.ActivityData.Imports;

/// <summary>Reads a spooled upload, CSV text or an XLSX workbook, into the one <see cref="ImportSheet"/> both share.</summary>
public static class ImportFile
{
    /// <summary>What a workbook may unpack to: ample for the row limit, far below what a zip bomb unpacks to.</summary>
    public const long MaxUnpackedBytes = 100L * 1024 * 1024;

    /// <summary>The sheet, or the refusal of a file that is too large or not a readable workbook.</summary>
    public static (ImportSheet? Sheet, Refusal? Refusal) Read(ImportUpload upload, string fileName, int maxRows)
    {
        ImportSheet sheet;
        if (upload.IsWorkbook)
        {
            try
            {
                var workbook = upload.OpenBinary();
                if (XlsxRecordReader.UnpackedBytes(workbook) > MaxUnpackedBytes)
                    return (null, ImportReport.TooLarge("workbook-too-large", $"An import workbook unpacks to at most {MaxUnpackedBytes / 1024 / 1024} MB."));
                sheet = ImportSheet.Read(XlsxRecordReader.Read(workbook), maxRows);
            }
            catch (InvalidWorkbookException e)
            {
                return (null, ImportReport.InvalidWorkbook(fileName, e.Message));
            }
        }
        else
        {
            using var reader = upload.OpenText();
            sheet = ImportSheet.Read(CsvRecordReader.Read(reader), maxRows);
        }
        if (sheet.TooManyRows) return (null, ImportReport.TooLarge("too-many-rows", $"An import file has at most {maxRows} lines; split it."));
        return (sheet, null);
    }
}
