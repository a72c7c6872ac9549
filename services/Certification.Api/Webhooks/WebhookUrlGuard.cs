using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Certification.Webhooks;

/// <summary>
/// Where a subscription may send: https (http only with <c>Webhooks:AllowInsecureUrls</c>) to public addresses (private
/// networks only with <c>Webhooks:AllowPrivateNetworks</c>; loopback on a port of <c>Webhooks:LocalReceiverPorts</c>, the
/// launcher's own receivers). Checked when the body subscribes, and again at every
/// delivery on the address actually connected to, since the name may resolve elsewhere by then.
/// </summary>
public sealed class WebhookUrlGuard(IOptions<WebhookOptions> options)
{
    public InputError? SchemeRefusal(Uri url) =>
        url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && options.Value.AllowInsecureUrls)
            ? null
            : new InputError(null, "url", "insecure-url", "url must be https: the payload and its signature travel over the internet.");

    /// <summary>The subscription-time check: the scheme, then every address the host resolves to now.</summary>
    public async Task<InputError?> RefusalAsync(Uri url, CancellationToken cancellationToken)
    {
        if (SchemeRefusal(url) is { } scheme) return scheme;
        if (options.Value.AllowPrivateNetworks) return null;
        IPAddress[] addresses;
        try { addresses = await Dns.GetHostAddressesAsync(url.DnsSafeHost, cancellationToken); }
        catch (SocketException e)
        {
            return new InputError(null, "url", "unresolvable-host", $"url's host {url.DnsSafeHost} does not resolve: {e.SocketErrorCode}.");
        }
        return addresses.Select(a => (Address: a, Kind: Refusal(a, url.Port))).FirstOrDefault(a => a.Kind is not null) is { Kind: { } kind } refused
            ? new InputError(null, "url", "private-address", $"url's host resolves to {refused.Address}, a {kind} address webhooks may not reach.")
            : null;
    }

    /// <summary>The kind of address webhooks may not reach, or null; the launcher's own receivers are reachable.</summary>
    private string? Refusal(IPAddress address, int port) =>
        options.Value.IsLocalReceiver(address, port) ? null : ReceiverAddresses.Refusal(address);

    /// <summary>
    /// <see cref="SocketsHttpHandler.ConnectCallback"/>: resolves the host, connects only to an address webhooks may reach,
    /// and checks the peer the socket is connected to.
    /// </summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var resolved = await Dns.GetHostAddressesAsync(host, cancellationToken);
        var port = context.DnsEndPoint.Port;
        var allowed = options.Value.AllowPrivateNetworks ? resolved : resolved.Where(a => Refusal(a, port) is null).ToArray();
        if (allowed.Length == 0)
            throw new HttpRequestException($"{host} resolves only to addresses webhooks may not reach ({string.Join(", ", resolved.Select(a => a.ToString()))}).");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            if (!options.Value.AllowPrivateNetworks && socket.RemoteEndPoint is IPEndPoint peer && Refusal(peer.Address, peer.Port) is { } kind)
                throw new HttpRequestException($"{host} connected to {peer.Address}, a {kind} address webhooks may not reach.");
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
