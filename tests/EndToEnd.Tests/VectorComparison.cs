using System.Text.Json;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests;

public static class VectorFiles
{
    public static TheoryData<string> In(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Shared, "vectors", folder), "*.json").Order()) data.Add(file);
        return data;
    }
}

/// <summary>The comparison rules of shared/vectors/README.md.</summary>
public static class VectorComparison
{
    public static void AssertCalculation(JsonElement expected, JsonElement actual)
    {
        if (expected.GetProperty("status").GetInt32() == 400)
        {
            if (expected.TryGetProperty("errorLine", out var line))
                Assert.Contains(actual.GetProperty("errors").EnumerateArray(), e => e.TryGetProperty("line", out var l) && l.GetString() == line.GetString());
            return;
        }
        if (expected.TryGetProperty("totals", out var totals))
            foreach (var t in totals.EnumerateObject()) AssertNumber(t.Value, actual.GetProperty("totals").GetProperty(t.Name), "totals." + t.Name);
        if (expected.TryGetProperty("gases", out var gases))
        {
            var actualGases = actual.GetProperty("gases");
            foreach (var g in gases.EnumerateObject())
                foreach (var v in g.Value.EnumerateObject())
                    AssertNumber(v.Value, actualGases.GetProperty(g.Name).GetProperty(v.Name), $"gases.{g.Name}.{v.Name}");
            foreach (var extra in actualGases.EnumerateObject().Where(a => !gases.TryGetProperty(a.Name, out _)))
                Assert.True(extra.Value.GetProperty("co2e").GetDouble() == 0, $"gas {extra.Name} is not expected and not zero");
        }
        if (expected.TryGetProperty("scope3Categories", out var categories))
            foreach (var c in categories.EnumerateObject()) AssertNumber(c.Value, actual.GetProperty("scope3Categories").GetProperty(c.Name), "scope3Categories." + c.Name);
        if (expected.TryGetProperty("lines", out var lines))
            foreach (var l in lines.EnumerateObject())
            {
                var line = actual.GetProperty("lines").EnumerateArray().Single(x => x.GetProperty("id").GetString() == l.Name);
                if (l.Value.TryGetProperty("co2e", out var co2e)) AssertNumber(co2e, line.GetProperty("co2e"), $"lines.{l.Name}.co2e");
                if (l.Value.TryGetProperty("excluded", out var excluded)) Assert.Equal(excluded.GetBoolean(), line.GetProperty("excluded").GetBoolean());
            }
    }

    public static void AssertNumber(JsonElement expected, JsonElement actual, string what)
    {
        if (expected.ValueKind == JsonValueKind.Null) { Assert.True(actual.ValueKind == JsonValueKind.Null, $"{what} should be null, is {actual}"); return; }
        Assert.True(actual.ValueKind == JsonValueKind.Number, $"{what} should be a number, is {actual}");
        double e = expected.GetDouble(), a = actual.GetDouble();
        var close = Math.Abs(e) < 1e-6 ? Math.Abs(a - e) <= 1e-6 : Math.Abs(a - e) <= 1e-6 * Math.Abs(e);
        Assert.True(close, $"{what}: expected {e}, got {a}");
    }
}
