using CarbonPlatform.ActivityData.Devices;

namespace CarbonPlatform.ActivityData.Tests.Devices;

public sealed class MeterSeriesTests
{
    private static readonly DateTime Start = new(2024, 3, 1);
    private static readonly MeterProfile Quarterly = new(TimeSpan.FromMinutes(15), 2, JumpBound: 50);

    private static List<RegisterReading> Readings(params (int Minutes, double Value)[] points) =>
        points.Select(p => new RegisterReading(Start.AddMinutes(p.Minutes), p.Value)).ToList();

    [Fact]
    public void An_intervals_quantity_is_the_registers_difference_times_the_multiplier()
    {
        var intervals = MeterSeries.Intervals(Readings((0, 100), (15, 104), (30, 110.5)), Quarterly).ToList();

        Assert.Equal([(Start.AddMinutes(15), 8.0), (Start.AddMinutes(30), 13.0)], intervals);
    }

    [Fact]
    public void After_a_counter_reset_the_interval_counts_from_zero_and_is_flagged_as_a_reset()
    {
        var readings = Readings((0, 900), (15, 905), (30, 3));

        var intervals = MeterSeries.Intervals(readings, Quarterly).Select(i => i.Quantity).ToList();
        var flags = MeterSeries.Flags(readings, Quarterly, Start.AddMinutes(30));

        Assert.Equal([10.0, 6.0], intervals);
        Assert.Equal([(MeterSeries.Reset, Start.AddMinutes(15), Start.AddMinutes(30))], flags.Select(f => (f.Kind, f.Since, f.At)));
    }

    [Fact]
    public void A_gap_past_the_interval_is_flagged_and_a_late_but_tolerable_reading_is_not()
    {
        var readings = Readings((0, 1), (15, 2), (37, 3), (75, 4));

        var flags = MeterSeries.Flags(readings, Quarterly, Start.AddMinutes(80));

        // 22 minutes is within one and a half intervals; 38 minutes is not.
        Assert.Equal([(MeterSeries.Gap, Start.AddMinutes(37), Start.AddMinutes(75))], flags.Select(f => (f.Kind, f.Since, f.At)));
    }

    [Fact]
    public void A_meter_silent_since_its_last_reading_is_flagged_up_to_now()
    {
        var flags = MeterSeries.Flags(Readings((0, 1), (15, 2)), Quarterly, Start.AddHours(3));

        Assert.Equal([(MeterSeries.Gap, Start.AddMinutes(15), Start.AddHours(3))], flags.Select(f => (f.Kind, f.Since, f.At)));
    }

    [Fact]
    public void A_jump_beyond_the_stated_bound_is_flagged_with_its_quantity()
    {
        var readings = Readings((0, 10), (15, 35), (30, 61));

        var flags = MeterSeries.Flags(readings, Quarterly, Start.AddMinutes(30));

        Assert.Equal([(MeterSeries.Jump, (double?)52.0)], flags.Select(f => (f.Kind, f.Quantity)));
        Assert.Empty(MeterSeries.Flags(readings, Quarterly with { JumpBound = null }, Start.AddMinutes(30)));
    }

    [Fact]
    public void Readings_in_order_every_interval_have_no_flag()
    {
        var readings = Enumerable.Range(0, 96).Select(i => new RegisterReading(Start.AddMinutes(15 * i), i * 1.5)).ToList();

        Assert.Empty(MeterSeries.Flags(readings, Quarterly, readings[^1].At.AddMinutes(10)));
    }
}
