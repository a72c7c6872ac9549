using System.Text.Json;

namespace CarbonPlatform.Accounting.Engine.Tests;

/// <summary>Every worked example of shared/vectors/calculation, compared as vectors/README.md says.</summary>
public class CalculationVectorTests
{
    public static TheoryData<string> Vectors()
    {
        var files = Directory.GetFiles(SharedData.CalculationVectors, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(files);
        var data = new TheoryData<string>();
        foreach (var file in files) data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Vector_gives_the_expected_result(string file)
    {
        using var vector = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedData.CalculationVectors, file)));
        var request = vector.RootElement.GetProperty("request");
        var expected = vector.RootElement.GetProperty("expected");
        var outcome = AccountingEngine.Calculate(request, SharedData.Release);

        if (expected.GetProperty("status").GetInt32() == 400)
        {
            Assert.False(outcome.Succeeded, $"{file}: expected status 400, the engine gave a result");
            Assert.NotEmpty(outcome.Errors);
            if (expected.TryGetProperty("errorLine", out var errorLine))
                Assert.Contains(outcome.Errors, e => e.Line == errorLine.GetString());
            return;
        }

        Assert.Equal(200, expected.GetProperty("status").GetInt32());
        Assert.True(outcome.Succeeded, $"{file}: " + string.Join("; ", outcome.Errors));
        var actual = Engine.Json(outcome.Result!);
        VectorComparison.Compare(file, expected, actual);
    }
}
