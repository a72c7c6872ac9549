using System.Diagnostics;

namespace CarbonPlatform.EndToEnd.Tests.Chaos;

/// <summary>The test run's own RabbitMQ node, which <c>./carbon test</c> started and names in the environment.</summary>
public static class Broker
{
    /// <summary>Stops the broker's application (every connection drops, durable queues keep their messages) and starts it again.</summary>
    public static async Task RestartAsync(TimeSpan down)
    {
        await ControlAsync("stop_app");
        await Task.Delay(down);
        await ControlAsync("start_app");
    }

    private static async Task ControlAsync(string command)
    {
        var ctl = Required("CARBON_TEST_RABBITMQCTL");
        var info = new ProcessStartInfo(ctl, ["-q", "-n", Required("CARBON_TEST_RABBITMQ_NODE"), command])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        info.Environment["HOME"] = Required("CARBON_TEST_RABBITMQ_HOME");
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"rabbitmqctl {command} exited {process.ExitCode}: {await error}");
    }

    private static string Required(string name) => Environment.GetEnvironmentVariable(name)
        ?? throw new InvalidOperationException($"{name} is not set: run the suite with ./carbon test, which starts its own RabbitMQ node.");
}
