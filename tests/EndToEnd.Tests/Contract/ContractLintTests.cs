using System.Diagnostics;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Contract;

/// <summary>
/// The checked-in contract passes Redocly's recommended rules (redocly.yaml) with no error and no warning: what a client
/// generator reads is well formed, every operation has an operationId and a 4xx, and nothing refers to what is not there.
/// </summary>
public sealed class ContractLintTests
{
    [RedoclyFact]
    public async Task The_contract_passes_redocly_lint_with_no_error_and_no_warning()
    {
        var start = new ProcessStartInfo(Redocly.Binary!, ["lint", "--format", "json", "--max-problems", "200", ContractFile.Path])
        {
            WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true,
            Environment = { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true", ["NO_COLOR"] = "1" },
        };
        using var lint = Process.Start(start)!;
        var output = lint.StandardOutput.ReadToEndAsync();
        var errors = lint.StandardError.ReadToEndAsync();
        await lint.WaitForExitAsync();
        var report = await output;
        Assert.True(lint.ExitCode == 0, report + await errors);
        var totals = System.Text.Json.JsonDocument.Parse(report[report.IndexOf('{')..]).RootElement.GetProperty("totals");
        Assert.True((totals.GetProperty("errors").GetInt32(), totals.GetProperty("warnings").GetInt32()) == (0, 0), report);
    }
}

public static class Redocly
{
    /// <summary>@redocly/cli as ./carbon test installs it into .tools/redocly (CARBON_REDOCLY names another).</summary>
    public static string? Binary { get; } = new[]
        {
            Environment.GetEnvironmentVariable("CARBON_REDOCLY"),
            Path.Combine(RepositoryPaths.Root, ".tools", "redocly", "node_modules", ".bin", "redocly"),
        }.FirstOrDefault(File.Exists);
}

public sealed class RedoclyFactAttribute : FactAttribute
{
    public RedoclyFactAttribute()
    {
        if (Redocly.Binary is null) Skip = "@redocly/cli is not installed in .tools/redocly (./carbon test installs it with npm)";
    }
}
