using System.Diagnostics;

namespace CarbonPlatform.EndToEnd.Tests.Chaos;

/// <summary>The test run's own PostgreSQL server, which <c>./carbon test</c> started and names in the environment.</summary>
public static class Database
{
    /// <summary>A fast shutdown (every connection dropped, transactions in flight rolled back) and a start on the same options.</summary>
    public static async Task RestartAsync()
    {
        var (pgCtl, data) = (Required("CARBON_TEST_PG_CTL"), Required("CARBON_TEST_POSTGRES_DATA"));
        // -l: the server writes to its log file, not to pg_ctl's output, whose pipe it would otherwise hold open for good.
        string[] arguments = ["-D", data, "-l", Path.Combine(Path.GetDirectoryName(data)!, "server.log"), "-m", "fast", "-w", "-t", "60", "restart"];
        // initdb's server refuses root: as root, pg_ctl runs as Debian's postgres user, as ./carbon started it.
        var info = Environment.UserName == "root" ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", pgCtl, .. arguments]) : new ProcessStartInfo(pgCtl, arguments);
        info.RedirectStandardOutput = info.RedirectStandardError = true;
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"pg_ctl restart exited {process.ExitCode}: {await error}");
    }

    private static string Required(string name) => Environment.GetEnvironmentVariable(name)
        ?? throw new InvalidOperationException($"{name} is not set: run the suite with ./carbon test, which starts its own PostgreSQL server.");
}
