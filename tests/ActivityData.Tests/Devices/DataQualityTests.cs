using CarbonPlatform.ActivityData.Devices;

namespace CarbonPlatform.ActivityData.Tests.Devices;

public sealed class DataQualityTests
{
    private static readonly DateTime Day = new(2024, 3, 1);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public void Coverage_counts_the_intervals_with_a_reading_not_the_readings()
    {
        // 24 hourly intervals; 12 have a reading, one of them two.
        var times = Enumerable.Range(0, 12).Select(h => Day.AddHours(h)).Append(Day.AddHours(3).AddMinutes(30)).ToList();

        var q = DataQuality.Of(Day, Day.AddDays(1), Hour, times, [], 0, 0);

        Assert.Equal(0.5, q.Coverage);
    }

    [Fact]
    public void Timeliness_is_the_share_of_readings_that_arrived_within_one_interval()
    {
        TimeSpan[] delays = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(61), TimeSpan.FromHours(5)];

        Assert.Equal(0.5, DataQuality.Of(Day, Day.AddDays(1), Hour, [], delays, 0, 0).Timeliness);
    }

    [Fact]
    public void The_score_is_the_mean_of_coverage_timeliness_and_evidence_and_a_park_the_mean_of_its_sources()
    {
        var full = DataQuality.Of(Day, Day.AddHours(2), Hour, [Day, Day.AddHours(1)], [TimeSpan.Zero, TimeSpan.Zero], 4, 1);
        var none = DataQuality.Of(Day, Day.AddHours(2), Hour, [], [], 0, 0);

        Assert.Equal((1, 1, 0.25, 0.75), (full.Coverage, full.Timeliness, full.Evidence, full.Score));
        var park = QualityScore.Mean([full, none]);
        Assert.Equal((0.5, 0.5, 0.125), (park.Coverage, park.Timeliness, park.Evidence));
    }
}
