using System.Text;
using System.Text.Json;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests;

/// <summary>Every worked example of shared/vectors/evaluation, through the gateway, compared as vectors/README.md says.</summary>
[Collection(PlatformCollection.Name)]
public class EvaluationVectorTests(PlatformFixture platform)
{
    public static TheoryData<string> Vectors() => VectorFiles.In("evaluation");

    [Theory]
    [MemberData(nameof(Vectors))]
    public async Task Evaluation_vector_matches_through_the_gateway(string file)
    {
        using var vector = JsonDocument.Parse(File.ReadAllText(file));
        var expected = vector.RootElement.GetProperty("expected");
        using var admin = await platform.AdminAsync();
        using var response = await admin.PostAsync("/api/v1/evaluation-previews",
            new StringContent(vector.RootElement.GetProperty("request").GetRawText(), Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expected.GetProperty("status").GetInt32(), $"{(int)response.StatusCode}: {body}");
        var actual = JsonDocument.Parse(body).RootElement;

        Assert.Equal(expected.GetProperty("scheme").GetString(), actual.GetProperty("scheme").GetString());
        Assert.Equal(expected.GetProperty("schemeStatus").GetString(), actual.GetProperty("schemeStatus").GetString());
        Assert.Equal(expected.GetProperty("grade").ToString(), actual.GetProperty("grade").ToString());
        Assert.Equal(expected.GetProperty("passed").ToString(), actual.GetProperty("passed").ToString());
        if (expected.TryGetProperty("managementScore", out var score))
        {
            if (score.ValueKind == JsonValueKind.Null) Assert.Equal(JsonValueKind.Null, actual.GetProperty("managementScore").ValueKind);
            else Assert.InRange(actual.GetProperty("managementScore").GetDouble(), score.GetDouble() - 0.005, score.GetDouble() + 0.005);
        }
        if (expected.TryGetProperty("outcomes", out var outcomes))
            foreach (var o in outcomes.EnumerateObject())
            {
                var indicator = actual.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == o.Name);
                Assert.True(o.Value.GetString() == indicator.GetProperty("outcome").GetString(), $"{o.Name}: expected {o.Value}, got {indicator}");
            }
    }
}
