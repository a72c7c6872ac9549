using CarbonPlatform.ActivityData.MeterReadings;

namespace CarbonPlatform.ActivityData.Tests.MeterReadings;

public sealed class ReadingRowTests
{
    private static readonly ReadingColumns Columns = new(Source: 0, ReadAt: 1, Quantity: 2, Fuel: 3);

    [Fact]
    public void A_row_gives_its_source_time_quantity_and_fuel()
    {
        var source = Guid.NewGuid();

        var (row, problem) = ReadingRow.Parse([source.ToString(), "2025-03-05 14:15:09", "12.5", "natural-gas"], Columns);

        Assert.Null(problem);
        Assert.Equal(new ReadingRow(source, new DateTime(2025, 3, 5, 14, 15, 9), 12.5, "natural-gas"), row);
    }

    [Fact]
    public void A_fuel_longer_than_its_column_is_refused_before_it_reaches_the_database()
    {
        var (_, problem) = ReadingRow.Parse([Guid.NewGuid().ToString(), "2025-03-05 14:15:09", "1", new string('x', ReadingRow.MaxFuelLength + 1)], Columns);

        Assert.Equal(("fuel", "unknown-fuel"), (problem?.Column, problem?.Code));
    }

    [Theory]
    [InlineData("2025-02-30 00:00:00", "readAt", "invalid-time")]
    [InlineData("2025-02-03 00:00:00", "readAt", null)]
    public void Dates_that_do_not_exist_are_invalid_times(string time, string column, string? code)
    {
        var (_, problem) = ReadingRow.Parse([Guid.NewGuid().ToString(), time, "1", ""], Columns);

        Assert.Equal(code, problem?.Code);
        if (code is not null) Assert.Equal(column, problem?.Column);
    }
}
