namespace CarbonPlatform.ActivityData.Evidence;

/// <summary>What evidence may be: its size and kinds of file. Pure.</summary>
public static class EvidenceRules
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static readonly IReadOnlySet<string> ContentTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "application/pdf", "image/png", "image/jpeg", "text/csv", "text/plain",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    /// <summary>
    /// A file name safe to show and to offer as a download name: no path, no control or format characters (a right-to-left
    /// override makes "invoice\u202Efdp.exe" read as "invoiceexe.pdf"; zero-width characters hide), at most 255 characters.
    /// </summary>
    public static string SafeFileName(string? name)
    {
        var bare = Path.GetFileName((name ?? "").Replace('\\', '/'));
        var clean = new string(bare.Where(c => !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format && c is not '"' and not '/').ToArray()).Trim();
        if (clean.Length == 0) clean = "evidence";
        return clean.Length > 255 ? clean[..255] : clean;
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

    /// <summary>Where evidence files lived before they moved into the database: <c>{data folder}/evidence/{park}/{id}</c>.</summary>
    public static string FolderOf(string dataFolder) => Path.Combine(dataFolder, "evidence");
}
