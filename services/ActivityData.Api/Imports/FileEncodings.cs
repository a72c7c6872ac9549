using System.Text;

namespace CarbonPlatform.ActivityData.Imports;

/// <summary>
/// The two encodings an uploaded text file is read in: valid UTF-8 (with or without BOM) as UTF-8, anything else as
/// GB18030, which covers GBK and GB2312 (what Chinese Excel writes).
/// </summary>
public static class FileEncodings
{
    static FileEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding For(bool validUtf8) => validUtf8 ? new UTF8Encoding(false) : Encoding.GetEncoding("GB18030");
}
