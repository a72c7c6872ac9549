using System.Net;
using System.Text;
using System.Text.Json;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests;

/// <summary>Every worked example of shared/vectors/calculation, through the gateway, compared as vectors/README.md says.</summary>
[Collection(PlatformCollection.Name)]
public class CalculationVectorTests(PlatformFixture platform)
{
    public static TheoryData<string> Vectors() => VectorFiles.In("calculation");

    [Theory]
    [MemberData(nameof(Vectors))]
    public async Task Calculation_vector_matches_through_the_gateway(string file)
    {
        using var vector = JsonDocument.Parse(File.ReadAllText(file));
        var request = vector.RootElement.GetProperty("request").GetRawText();
        var expected = vector.RootElement.GetProperty("expected");
        using var admin = await platform.AdminAsync();
        using var response = await admin.PostAsync("/api/v1/calculations", new StringContent(request, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expected.GetProperty("status").GetInt32(), $"{(int)response.StatusCode}: {body}");
        VectorComparison.AssertCalculation(expected, JsonDocument.Parse(body).RootElement);
    }
}
