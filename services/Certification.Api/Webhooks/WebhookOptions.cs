namespace CarbonPlatform.Certification.Webhooks;

/// <summary>Configuration section <c>Webhooks</c>.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(10);
    public int MaxAttempts { get; set; } = 12;
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
    public int BatchSize { get; set; } = 20;
    public int Parallelism { get; set; } = 4;

    /// <summary>How long a finished delivery (delivered or failed) and its attempts are kept; pending ones always are.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Lets a subscription use plain http (local runs and tests; never in a cluster).</summary>
    public bool AllowInsecureUrls { get; set; }

    /// <summary>Lets a receiver be on loopback or a private network (service tests only; never in a cluster).</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>
    /// The ports of the receivers a local run's launcher registers on this machine: a url on loopback is accepted on
    /// these ports and no others (no other private address at all), so a local run is no port scanner for its bodies.
    /// </summary>
    public List<int> LocalReceiverPorts { get; set; } = [];

    /// <summary>Whether <paramref name="address"/>:<paramref name="port"/> is one of the launcher's own receivers.</summary>
    public bool IsLocalReceiver(System.Net.IPAddress address, int port) =>
        System.Net.IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address) && LocalReceiverPorts.Contains(port);

    /// <summary>The Dapr HTTP output binding to deliver through; empty: the service posts to receivers itself.</summary>
    public string? DaprBinding { get; set; }

    /// <summary>The wait after the n-th failed attempt: BaseDelay doubling each time, capped at MaxDelay.</summary>
    public TimeSpan DelayAfter(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = BaseDelay.TotalMilliseconds * factor;
        return TimeSpan.FromMilliseconds(Math.Min(delay, MaxDelay.TotalMilliseconds));
    }

    /// <summary>How long a claimed attempt stays with its dispatcher: past it, another one may take it over.</summary>
    public TimeSpan Lease => Timeout + TimeSpan.FromSeconds(30);
}
