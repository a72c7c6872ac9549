using System.Net;

namespace CarbonPlatform.Certification.Webhooks;

/// <summary>
/// Which addresses a webhook may reach: public unicast only. A subscription must not turn the platform into a client of
/// its own network — loopback, private and link-local ranges, where cloud metadata services answer (169.254.169.254,
/// fd00:ec2::254, Alibaba Cloud's 100.100.100.200 in the shared range).
/// </summary>
public static class ReceiverAddresses
{
    private static readonly (IPNetwork Network, string Kind)[] Refused =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "unspecified"),
        (IPNetwork.Parse("10.0.0.0/8"), "private"),
        (IPNetwork.Parse("100.64.0.0/10"), "shared (carrier-grade NAT, cloud metadata)"),
        (IPNetwork.Parse("127.0.0.0/8"), "loopback"),
        (IPNetwork.Parse("169.254.0.0/16"), "link-local (cloud metadata)"),
        (IPNetwork.Parse("172.16.0.0/12"), "private"),
        (IPNetwork.Parse("192.0.0.0/24"), "protocol assignments"),
        (IPNetwork.Parse("192.168.0.0/16"), "private"),
        (IPNetwork.Parse("198.18.0.0/15"), "benchmarking"),
        (IPNetwork.Parse("224.0.0.0/4"), "multicast"),
        (IPNetwork.Parse("240.0.0.0/4"), "reserved"),
        (IPNetwork.Parse("::1/128"), "loopback"),
        (IPNetwork.Parse("::/96"), "unspecified or IPv4-compatible"),
        (IPNetwork.Parse("fc00::/7"), "unique local (private)"),
        (IPNetwork.Parse("fe80::/10"), "link-local"),
        (IPNetwork.Parse("ff00::/8"), "multicast"),
    ];

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    /// <summary>Why a webhook may not reach <paramref name="address"/>, or null when it is public.</summary>
    public static string? Refusal(IPAddress address)
    {
        var effective = Embedded(address) ?? address;
        foreach (var (network, kind) in Refused)
            if (network.Contains(effective)) return kind;
        return null;
    }

    /// <summary>The IPv4 address an IPv6 one carries (mapped, NAT64, 6to4): it is where the packets end up.</summary>
    private static IPAddress? Embedded(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return address.MapToIPv4();
        if (Nat64.Contains(address)) return new IPAddress(address.GetAddressBytes()[12..16]);
        if (SixToFour.Contains(address)) return new IPAddress(address.GetAddressBytes()[2..6]);
        return null;
    }
}
