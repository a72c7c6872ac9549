namespace CarbonPlatform.ActivityData.Imports;

/// <summary>An upload that starts like an XLSX workbook but cannot be read as one; the reason is safe to show the uploader.</summary>
public sealed class InvalidWorkbookException(string reason, Exception? inner = null) : Exception(reason, inner)
{
    // Anything the package, zip or XML layers throw on a damaged file means the same to the uploader: not a readable workbook.
    public static T Guard<T>(Func<T> read)
    {
        try { return read(); }
        catch (Exception e) when (e is not (InvalidWorkbookException or OperationCanceledException or OutOfMemoryException))
        {
            throw new InvalidWorkbookException("it is damaged or not a workbook", e);
        }
    }
}
