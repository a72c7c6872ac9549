using System.Text.Json;
using CarbonPlatform.Portal.Pathways;
using Xunit;

namespace CarbonPlatform.Portal.Tests.Pathways;

public sealed class BaselineRequestTests
{
    [Fact]
    public void The_recorded_lines_become_a_calculation_request_of_the_baseline_year_with_only_the_fields_they_have()
    {
        var records = Samples.Parse<List<ActivityRecordView>>("""
            [{"id":"boiler","kind":"fuel-combustion","quantity":120.5,"unit":"10^4Nm3","fuel":"natural-gas","batchId":"00000000-0000-0000-0000-000000000001","recordedAt":"2026-01-01T00:00:00Z"},
             {"id":"freight","kind":"scope3","quantity":300,"unit":"tCO2e","category":4}]
            """);

        var request = JsonSerializer.SerializeToElement(BaselineRequest.From(records, "cers-2025", 2025, "320571"));

        Assert.Equal("cers-2025", request.GetProperty("method").GetString());
        Assert.Equal(2025, request.GetProperty("year").GetInt32());
        Assert.Equal("320571", request.GetProperty("regionCode").GetString());
        var lines = request.GetProperty("lines");
        Assert.Equal(["id", "kind", "quantity", "unit", "fuel"], lines[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(4, lines[1].GetProperty("category").GetInt32());
    }
}
