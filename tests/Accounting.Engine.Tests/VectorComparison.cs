using System.Text.Json;

namespace CarbonPlatform.Accounting.Engine.Tests;

/// <summary>The comparison rules of shared/vectors/README.md, applied to the serialized response.</summary>
internal static class VectorComparison
{
    public static void Compare(string file, JsonElement expected, JsonElement actual)
    {
        if (expected.TryGetProperty("totals", out var totals))
            foreach (var total in totals.EnumerateObject())
                Number($"{file} totals.{total.Name}", total.Value, actual.GetProperty("totals").GetProperty(total.Name));

        if (expected.TryGetProperty("gases", out var gases))
        {
            var actualGases = actual.GetProperty("gases");
            foreach (var gas in gases.EnumerateObject())
            {
                Assert.True(actualGases.TryGetProperty(gas.Name, out var g), $"{file}: gas {gas.Name} is missing");
                Number($"{file} gases.{gas.Name}.tonnes", gas.Value.GetProperty("tonnes"), g.GetProperty("tonnes"));
                Number($"{file} gases.{gas.Name}.co2e", gas.Value.GetProperty("co2e"), g.GetProperty("co2e"));
            }
            foreach (var extra in actualGases.EnumerateObject())
            {
                if (gases.TryGetProperty(extra.Name, out _)) continue;
                Assert.True(Near(0, extra.Value.GetProperty("tonnes").GetDouble()) && Near(0, extra.Value.GetProperty("co2e").GetDouble()),
                    $"{file}: gas {extra.Name} is not expected and not zero");
            }
        }

        if (expected.TryGetProperty("lines", out var lines))
            foreach (var line in lines.EnumerateObject())
            {
                var match = actual.GetProperty("lines").EnumerateArray().Where(l => l.GetProperty("id").GetString() == line.Name).ToArray();
                Assert.True(match.Length == 1, $"{file}: line {line.Name} should appear once");
                Number($"{file} lines.{line.Name}.co2e", line.Value.GetProperty("co2e"), match[0].GetProperty("co2e"));
                Assert.True(line.Value.GetProperty("excluded").GetBoolean() == match[0].GetProperty("excluded").GetBoolean(),
                    $"{file}: lines.{line.Name}.excluded differs");
            }

        if (expected.TryGetProperty("scope3Categories", out var categories))
            foreach (var category in categories.EnumerateObject())
            {
                Assert.True(actual.GetProperty("scope3Categories").TryGetProperty(category.Name, out var value),
                    $"{file}: scope-3 category {category.Name} is missing");
                Number($"{file} scope3Categories.{category.Name}", category.Value, value);
            }
    }

    private static void Number(string what, JsonElement expected, JsonElement actual)
    {
        Assert.True(actual.ValueKind == JsonValueKind.Number, $"{what}: expected a number, got {actual.ValueKind}");
        var e = expected.GetDouble();
        var a = actual.GetDouble();
        Assert.True(Near(e, a), $"{what}: expected {e}, got {a}");
    }

    /// <summary>Relative tolerance 1e-6, absolute 1e-6 near zero.</summary>
    public static bool Near(double expected, double actual) =>
        Math.Abs(expected - actual) <= Math.Max(1e-6, 1e-6 * Math.Abs(expected));
}
