using System.Text;
using CarbonPlatform.ActivityData.Devices;

namespace CarbonPlatform.ActivityData.Tests.Devices;

public sealed class ReadingPayloadTests
{
    private static (IReadOnlyList<RegisterReading> Readings, IReadOnlyList<CarbonPlatform.Domain.Requests.InputError> Errors) Parse(string json) =>
        ReadingPayload.Parse(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void A_single_reading_and_an_array_are_both_read_in_the_parks_local_time()
    {
        var single = Parse("""{ "time": "2024-03-05T14:15:00+08:00", "value": 123.4 }""");
        var array = Parse("""[{ "time": "2024-03-05T06:15:00Z", "value": 1 }, { "time": "2024-03-05T14:30:00+08:00", "value": 2 }]""");

        Assert.Equal([new RegisterReading(new DateTime(2024, 3, 5, 14, 15, 0), 123.4)], single.Readings);
        Assert.Equal([new DateTime(2024, 3, 5, 14, 15, 0), new DateTime(2024, 3, 5, 14, 30, 0)], array.Readings.Select(r => r.At));
    }

    [Fact]
    public void A_time_without_its_offset_or_a_negative_value_is_refused_by_field_and_nothing_is_kept()
    {
        var result = Parse("""[{ "time": "2024-03-05 14:15:00", "value": 1 }, { "time": "2024-03-05T14:30:00+08:00", "value": -2 }]""");

        Assert.Empty(result.Readings);
        Assert.Equal([("[0]", "time", "invalid-time"), ("[1]", "value", "invalid-number")], result.Errors.Select(e => (e.Line, e.Field, e.Code)));
    }

    [Fact]
    public void A_payload_that_is_not_json_is_refused()
    {
        Assert.Equal(("body", "invalid-json"), Parse("{ \"time\": ").Errors.Select(e => (e.Field, e.Code)).Single());
    }
}
