using System.Diagnostics;

namespace CarbonPlatform.Evaluation.Tests.ParkResults;

/// <summary>
/// The simulation of the country (#18) is a program; its short variant (--ci: 270 zones × 2 years, 3 enterprises each) runs
/// here so that it keeps running: every page read, every simulated park's activity recorded and its chain verified.
/// Its timings are not judged here (docs/scale.md holds them); only that it runs through and reports each figure.
/// </summary>
public sealed class ScaleSimulationTests
{
    [Fact]
    public async Task The_short_simulation_of_the_country_runs_through_and_reports_every_figure()
    {
        var output = await RunAsync("--ci");

        Assert.Contains("seeded 270 parks × 2 years (36 monthly lines a year each)", output);
        Assert.Matches(@"\| national overview, first page .*\| 55\.\d KiB, 100 rows \|", output);
        Assert.Matches(@"\| province 320000 overview, first page \|.*, 30 rows \|", output);
        Assert.Matches(@"\| public register, first page \(national, valid\) \|.*, 90 certificates \|", output);
        Assert.Contains("| 72 entries walked, intact |", output); // 3 sources × 12 months × 2 years, each a ledger entry
        Assert.Contains("| 0 entries walked, intact |", output); // nothing new since the checkpoint
        Assert.Matches(@"activity-data database: [\d.]+ MiB for 540 park-years of 36 lines", output);
    }

    private static async Task<string> RunAsync(params string[] args)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name; // …/bin/Release/net10.0/
        var program = Path.Combine(CarbonPlatform.Testing.RepositoryRoot.Path, "tests", "Scale.Simulation", "bin", configuration, "net10.0", "Scale.Simulation.dll");
        Assert.True(File.Exists(program), $"{program} is built with the solution");

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(program);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"the simulation exited with {process.ExitCode}:\n{await stdout}\n{await stderr}");
        return await stdout;
    }
}
