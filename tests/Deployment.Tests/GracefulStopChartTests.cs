using System.Text.RegularExpressions;
using CarbonPlatform.Deployment.Tests.Support;
using Xunit;

namespace CarbonPlatform.Deployment.Tests;

/// <summary>The host's shutdown timeout ends before Kubernetes kills the pod (terminationGracePeriodSeconds).</summary>
public sealed partial class GracefulStopChartTests
{
    [Fact]
    public void Every_process_is_done_stopping_before_its_grace_period_ends()
    {
        var grace = TimeSpan.FromSeconds(int.Parse(Grace().Match(Repo.Read("charts/carbon-lib/templates/_deployment.tpl")).Groups[1].Value));
        var shutdown = TimeSpan.Parse(Shutdown().Match(Repo.Read("charts/carbon-lib/templates/_env.tpl")).Groups[1].Value);

        // A few seconds for the endpoints to drop the pod and for the process to exit after the host stops.
        Assert.True(shutdown + TimeSpan.FromSeconds(3) <= grace, $"Host__ShutdownTimeout {shutdown} leaves too little of the {grace} grace period");
        Assert.True(shutdown >= TimeSpan.FromSeconds(10), "in-flight requests and imports get time to finish");
    }

    [GeneratedRegex(@"terminationGracePeriodSeconds: (\d+)")]
    private static partial Regex Grace();

    [GeneratedRegex(@"- name: Host__ShutdownTimeout\s+value: ""([0-9:.]+)""")]
    private static partial Regex Shutdown();
}
