using System.Net;
using CarbonPlatform.Certification.Webhooks;

namespace CarbonPlatform.Certification.Tests.Webhooks;

/// <summary>Which addresses a webhook may reach: public unicast, never the platform's own network or a metadata service.</summary>
public sealed class ReceiverAddressesTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.255.255.254", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("10.0.0.1", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.255", "private")]
    [InlineData("192.168.1.20", "private")]
    [InlineData("169.254.169.254", "link-local (cloud metadata)")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("febf::1", "link-local")]
    [InlineData("fc00::1", "unique local (private)")]
    [InlineData("fd00:ec2::254", "unique local (private)")]
    [InlineData("100.100.100.200", "shared (carrier-grade NAT, cloud metadata)")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("::", "unspecified or IPv4-compatible")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("255.255.255.255", "reserved")]
    [InlineData("ff02::1", "multicast")]
    public void An_address_of_the_platforms_own_network_is_refused_with_its_kind(string address, string kind) =>
        Assert.Equal(kind, ReceiverAddresses.Refusal(IPAddress.Parse(address)));

    [Theory]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("::ffff:10.1.2.3", "private")]
    [InlineData("64:ff9b::a9fe:a9fe", "link-local (cloud metadata)")] // NAT64 of 169.254.169.254
    [InlineData("2002:c0a8:0101::1", "private")] // 6to4 of 192.168.1.1
    public void An_IPv6_address_carrying_a_refused_IPv4_address_is_refused_as_that_address(string address, string kind) =>
        Assert.Equal(kind, ReceiverAddresses.Refusal(IPAddress.Parse(address)));

    [Theory]
    [InlineData("203.0.113.10")]
    [InlineData("8.8.8.8")]
    [InlineData("172.15.255.255")] // just below 172.16/12
    [InlineData("172.32.0.1")]     // just above it
    [InlineData("100.63.255.255")] // just below the shared range
    [InlineData("2001:db8::1")]
    [InlineData("2400:3200::1")]
    [InlineData("::ffff:8.8.8.8")]
    public void A_public_address_is_allowed(string address) =>
        Assert.Null(ReceiverAddresses.Refusal(IPAddress.Parse(address)));
}
