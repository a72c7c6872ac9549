using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

namespace CarbonPlatform.ActivityData.MeterReadings;

/// <summary>
/// A digest of a set of readings that does not depend on their order: the sum, modulo 2^256, of each reading's SHA-256.
/// Order independence lets the import digest a file in whatever order its rows come and the verification recompute it
/// from the database in any order; changing, adding or dropping a reading changes the sum. Pure.
/// </summary>
public sealed class ReadingDigest
{
    private static readonly BigInteger Modulus = BigInteger.One << 256;
    private UInt256 _sum;

    public int Count { get; private set; }

    public void Add(Guid sourceId, DateTime readAt, double quantity)
    {
        Span<byte> text = stackalloc byte[128];
        // Written straight as UTF-8 (no string per reading); the same text as Reference below.
        if (!Utf8.TryWrite(text, CultureInfo.InvariantCulture, $"{sourceId:D}|{readAt:yyyy-MM-dd'T'HH:mm:ss.fffffff}|{quantity:R}", out var written))
            throw new InvalidOperationException("a reading's text exceeds 128 bytes");
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(text[..written], hash);
        _sum.Add(hash);
        Count++;
    }

    /// <summary>"{count}:{hex}", as the ledger entry keeps it.</summary>
    public override string ToString() => $"{Count}:{_sum}";

    /// <summary>The count of readings a kept "{count}:{hex}" stands for.</summary>
    public static long CountOf(string kept) => long.Parse(kept.AsSpan(0, kept.IndexOf(':')), NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Four 64-bit limbs, little-endian, adding with carry: the hot path allocates nothing.</summary>
    private struct UInt256
    {
        private ulong _a, _b, _c, _d;

        public void Add(ReadOnlySpan<byte> bigEndian)
        {
            var carry = 0UL;
            _a = AddLimb(_a, BinaryPrimitives.ReadUInt64BigEndian(bigEndian[24..]), ref carry);
            _b = AddLimb(_b, BinaryPrimitives.ReadUInt64BigEndian(bigEndian[16..]), ref carry);
            _c = AddLimb(_c, BinaryPrimitives.ReadUInt64BigEndian(bigEndian[8..]), ref carry);
            _d = AddLimb(_d, BinaryPrimitives.ReadUInt64BigEndian(bigEndian), ref carry); // the carry out is the modulo
        }

        private static ulong AddLimb(ulong x, ulong y, ref ulong carry)
        {
            var sum = x + y + carry;
            carry = sum < x || (carry == 1 && sum == x) ? 1UL : 0UL;
            return sum;
        }

        public override readonly string ToString() => $"{_d:x16}{_c:x16}{_b:x16}{_a:x16}";
    }

    /// <summary>The same sum with big integers: the specification the fast path is tested against.</summary>
    public static string Reference(IEnumerable<(Guid Source, DateTime ReadAt, double Quantity)> readings)
    {
        var sum = BigInteger.Zero;
        var count = 0;
        foreach (var (source, at, q) in readings)
        {
            var text = $"{source:D}|{at.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture)}|{q.ToString("R", CultureInfo.InvariantCulture)}";
            sum = (sum + new BigInteger(SHA256.HashData(Encoding.UTF8.GetBytes(text)), isUnsigned: true, isBigEndian: true)) % Modulus;
            count++;
        }
        return $"{count}:{sum.ToString("x64").PadLeft(64, '0')[^64..]}";
    }
}
