using System.Diagnostics;
using System.Text.RegularExpressions;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Security;

/// <summary>
/// Item 9 of the outside probe, where the broker's credentials are made: <c>broker_user</c> in the <c>carbon</c>
/// script gives each run a user of its own with a random password and deletes guest. Its steps are checked against a
/// recording rabbitmqctl, and the broker <c>./carbon test</c> started for this run is asked to take guest:guest.
/// </summary>
public sealed partial class BrokerCredentialsTests
{
    [Fact]
    public async Task Each_run_gets_a_random_user_whose_password_goes_on_stdin_and_guest_and_earlier_runs_users_are_deleted()
    {
        var first = await BrokerUserAsync();
        var second = await BrokerUserAsync();

        Assert.NotEqual(first.User, second.User);
        Assert.NotEqual(first.Password, second.Password);
        foreach (var run in new[] { first, second })
        {
            Assert.Matches(RunUser(), run.User);
            Assert.Matches("^[0-9a-f]{48}$", run.Password);
            var commandLines = run.Calls.Where(c => !c.StartsWith("STDIN ", StringComparison.Ordinal));
            Assert.DoesNotContain(commandLines, c => c.Contains(run.Password, StringComparison.Ordinal)); // never on a command line
            Assert.Contains($"-n carbon-probe@localhost add_user {run.User}", run.Calls);
            Assert.Contains($"STDIN {run.Password}", run.Calls);
            Assert.Contains($"-n carbon-probe@localhost set_permissions -p / {run.User} .* .* .*", run.Calls);
            Assert.Contains("-n carbon-probe@localhost delete_user guest", run.Calls);
            Assert.Contains("-n carbon-probe@localhost delete_user carbon-0123456789ab", run.Calls); // an earlier run's user
            Assert.DoesNotContain("-n carbon-probe@localhost delete_user alice", run.Calls); // not the platform's to delete
        }
    }

    [Fact]
    public async Task The_broker_the_test_command_started_refuses_guest_and_takes_this_runs_user()
    {
        var url = new Uri(Environment.GetEnvironmentVariable("CARBON_RABBITMQ_URL")
            ?? throw new InvalidOperationException("CARBON_RABBITMQ_URL is not set: run the suite with ./carbon test."));
        var work = Environment.GetEnvironmentVariable("CARBON_TEST_WORK");
        // A broker of the developer's own (CARBON_RABBITMQ_URL set before ./carbon test) is not ours to judge.
        if (work is null || !Directory.Exists(Path.Combine(work, "rabbitmq"))) return;
        Assert.Matches(RunUser(), Uri.UnescapeDataString(url.UserInfo.Split(':')[0]));

        await using (var ours = await new ConnectionFactory { Uri = url }.CreateConnectionAsync()) Assert.True(ours.IsOpen);
        var guest = new ConnectionFactory { HostName = url.Host, Port = url.Port, UserName = "guest", Password = "guest" };
        var refused = await Assert.ThrowsAsync<BrokerUnreachableException>(() => guest.CreateConnectionAsync());
        Assert.Contains(Causes(refused), e => e is AuthenticationFailureException); // refused, not merely unreachable
    }

    private static IEnumerable<Exception> Causes(Exception e) =>
        e is AggregateException all ? all.InnerExceptions.SelectMany(Causes)
        : e.InnerException is { } inner ? [e, .. Causes(inner)] : [e];

    private sealed record MadeUser(string User, string Password, IReadOnlyList<string> Calls);

    /// <summary>Runs the script's own broker_user, taken from ./carbon, against a rabbitmqctl that records what it is told.</summary>
    private static async Task<MadeUser> BrokerUserAsync()
    {
        var dir = Directory.CreateTempSubdirectory("broker-user-").FullName;
        var log = Path.Combine(dir, "calls.log");
        var ctl = Path.Combine(dir, "rabbitmqctl");
        await File.WriteAllTextAsync(ctl, """
            #!/usr/bin/env bash
            shift 1 # -q
            echo "$*" >> "$FAKE_LOG"
            case " $* " in
              *" add_user "*) read -r password; echo "STDIN $password" >> "$FAKE_LOG" ;;
              *" list_users "*) printf 'carbon-0123456789ab\t[]\nguest\t[administrator]\nalice\t[]\n' ;;
            esac
            """.Replace("\r\n", "\n"));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(ctl, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var script = Path.Combine(RepositoryPaths.Root, "carbon");
        var start = new ProcessStartInfo("bash", ["-c",
            $"set -euo pipefail; RABBIT_BIN='{dir}'; source <(sed -n '/^broker_user() {{/,/^}}/p' '{script}'); broker_user carbon-probe@localhost '{dir}' forget-earlier"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
            Environment = { ["FAKE_LOG"] = log },
        };
        using var bash = Process.Start(start)!;
        var output = await bash.StandardOutput.ReadToEndAsync();
        var errors = await bash.StandardError.ReadToEndAsync();
        await bash.WaitForExitAsync();
        Assert.True(bash.ExitCode == 0, $"broker_user failed: {errors}");
        var (user, password) = output.Split(':', 2) is [var u, var p] ? (u, p) : throw new Xunit.Sdk.XunitException($"broker_user printed '{output}'");
        return new MadeUser(user, password, await File.ReadAllLinesAsync(log));
    }

    [GeneratedRegex("^carbon-[0-9a-f]{12}$")]
    private static partial Regex RunUser();
}
