using System.Diagnostics;
using CarbonPlatform.Client.Tests.Support;

namespace CarbonPlatform.Client.Tests.Generation;

/// <summary>
/// clients/dotnet/CarbonPlatform.Client/Generated is Kiota's output for contracts/openapi/v1.json as checked in. The test
/// regenerates it into a temporary folder with the same script (the pinned Kiota, offline) and compares every file; on a
/// difference it writes the fresh output over Generated/ (review it with git diff and commit it) and fails, so a clean
/// clone in CI fails on a contract change committed without its client.
/// </summary>
public sealed class GeneratedClientTests
{
    private static readonly string Generated = Path.Combine(RepositoryRoot.Path, "clients", "dotnet", "CarbonPlatform.Client", "Generated");
    private static readonly string Script = Path.Combine(RepositoryRoot.Path, "clients", "dotnet", "generate.sh");

    [Fact]
    public async Task The_checked_in_client_is_what_Kiota_generates_from_the_checked_in_contract()
    {
        var fresh = Directory.CreateTempSubdirectory("carbon-client-").FullName;
        try
        {
            var (exitCode, output) = await RunAsync("bash", Script, fresh);
            Assert.True(exitCode == 0, $"generate.sh failed ({exitCode}):\n{output}");
            Assert.True(File.Exists(Path.Combine(fresh, "CarbonApiClient.cs")), $"Kiota wrote no client:\n{output}");

            var differences = FolderDifference.Between(Generated, fresh);
            if (differences.Count == 0) return;
            FolderDifference.Replace(Generated, fresh);
            Assert.Fail($"The generated client differs from Kiota's output for contracts/openapi/v1.json in {differences.Count} file(s) "
                + $"({string.Join(", ", differences.Take(8))}{(differences.Count > 8 ? ", …" : "")}); Generated/ has been rewritten: "
                + "review `git diff clients/dotnet` and commit it (or run ./carbon client).");
        }
        finally
        {
            Directory.Delete(fresh, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot.Path };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
