using System.Text.Json;
using Xunit;
using Xunit.Abstractions;

namespace CarbonPlatform.EndToEnd.Tests.Chaos;

/// <summary>What the long chaos run checks beyond the batches: the import, the dead letters, the certificate numbers.</summary>
public static class ChaosChecks
{
    public static async Task AfterLongRunAsync(HttpClient admin, HttpClient op, string importPark, MeterImport.Result import, ITestOutputHelper output)
    {
        output.WriteLine($"meter import: {import.Status} after {import.Attempts} attempt(s), {import.Rows:N0} rows, {import.MonthlyLines} monthly lines");
        Assert.True(import.Status == 202, $"the import was not accepted: {import.Status} {import.Body}");
        Assert.Equal((100_000, 120), (import.Rows, import.MonthlyLines));
        var ledger = await op.GetJsonAsync($"/api/v1/parks/{importPark}/ledger?year=2024&limit=500");
        Assert.Equal(120, ledger.GetProperty("items").GetArrayLength()); // one entry a meter and month: the import counted once
        Assert.True((await op.GetJsonAsync($"/api/v1/parks/{importPark}/ledger/verification")).GetProperty("intact").GetBoolean());
        var inventory = await op.EventuallyAsync($"/api/v1/parks/{importPark}/inventories/2024?method=cers-2025&lineage=none",
            i => i.Str("status") == "current", TimeSpan.FromMinutes(5));
        Assert.Equal(120, inventory.GetProperty("lines").GetArrayLength());

        // Every dead letter is explained: listed with its error, and none left dead once the redeliveries are done.
        var deadLetters = (await admin.GetJsonAsync("/api/v1/operations/dead-letters")).GetProperty("items").EnumerateArray().ToList();
        foreach (var letter in deadLetters)
            output.WriteLine($"dead letter: {letter}");
        Assert.DoesNotContain(deadLetters, l => l.Str("status") == "dead");

        var numbers = new List<string>();
        for (string? cursor = null; ;)
        {
            var page = await admin.GetJsonAsync("/api/v1/certificates?limit=100" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            numbers.AddRange(page.GetProperty("items").EnumerateArray().Select(c => c.Str("number")));
            if (page.GetProperty("nextCursor").ValueKind != JsonValueKind.String) break;
            cursor = page.GetProperty("nextCursor").GetString();
        }
        output.WriteLine($"certificates in the register: {numbers.Count}, distinct numbers: {numbers.Distinct().Count()}");
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }
}
