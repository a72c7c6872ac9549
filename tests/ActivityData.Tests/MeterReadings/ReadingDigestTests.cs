using CarbonPlatform.ActivityData.MeterReadings;

namespace CarbonPlatform.ActivityData.Tests.MeterReadings;

public sealed class ReadingDigestTests
{
    private static readonly Guid Meter = Guid.Parse("5f0c7a52-8f43-4a38-9a4e-0b7d2b1c9e11");

    private static (Guid, DateTime, double)[] Readings(int n) =>
        Enumerable.Range(0, n).Select(i => (Meter, new DateTime(2024, 1, 1).AddMinutes(15 * i), 0.25 * (i % 7))).ToArray();

    private static string Fast(IEnumerable<(Guid Source, DateTime At, double Q)> readings)
    {
        var digest = new ReadingDigest();
        foreach (var (s, t, q) in readings) digest.Add(s, t, q);
        return digest.ToString();
    }

    [Fact]
    public void The_fast_sum_equals_the_big_integer_definition() =>
        Assert.Equal(ReadingDigest.Reference(Readings(5_000)), Fast(Readings(5_000)));

    [Fact]
    public void The_digest_does_not_depend_on_the_order_of_the_rows() =>
        Assert.Equal(Fast(Readings(500)), Fast(Readings(500).Reverse()));

    [Fact]
    public void Changing_one_quantity_changes_the_digest()
    {
        var changed = Readings(500);
        changed[250].Item3 += 0.001;
        Assert.NotEqual(Fast(Readings(500)), Fast(changed));
    }

    [Fact]
    public void The_digest_names_how_many_readings_it_covers() => Assert.StartsWith("3:", Fast(Readings(3)));
}
