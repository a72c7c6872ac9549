using System.Text;
using CarbonPlatform.ActivityData.Evidence;
using CarbonPlatform.ActivityData.Imports;

namespace CarbonPlatform.ActivityData.Tests.Imports;

/// <summary>Bytes no encoding reads are named by row and column, never decoded as '?'.</summary>
public sealed class FileEncodingsTests
{
    private static Encoding Gb18030 => FileEncodings.For(validUtf8: false);

    [Fact]
    public async Task A_gb18030_lead_byte_without_a_valid_second_byte_is_found_at_its_row_and_column()
    {
        byte[] file = [.. Gb18030.GetBytes("编号,类型\r\n"), .. "G-"u8, 0x81, 0x20, .. ",x\r\n"u8];

        Assert.Equal((2, 3), await FileEncodings.FirstInvalidAsync(new MemoryStream(file), Gb18030, CancellationToken.None));
    }

    [Fact]
    public async Task A_valid_gb18030_file_has_no_invalid_bytes_and_its_stream_is_left_where_it_was()
    {
        var stream = new MemoryStream(Gb18030.GetBytes("编号,类型,数量\r\n天然气,fuel-combustion,1\r\n"));

        Assert.Null(await FileEncodings.FirstInvalidAsync(stream, Gb18030, CancellationToken.None));
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void Decoding_refuses_invalid_bytes_instead_of_replacing_them() =>
        Assert.Throws<DecoderFallbackException>(() => Gb18030.GetString([0x41, 0x81, 0x20]));

    [Theory]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.exe")]
    [InlineData("a\u200Bb\u2066c.pdf", "abc.pdf")]
    [InlineData("..\\..\\x\u0007.pdf", "x.pdf")]
    public void Evidence_file_names_lose_control_and_bidi_characters(string uploaded, string kept) =>
        Assert.Equal(kept, EvidenceRules.SafeFileName(uploaded));
}
