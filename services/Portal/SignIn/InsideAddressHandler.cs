namespace CarbonPlatform.Portal.SignIn;

/// <summary>
/// The issuer's metadata names its endpoints at the public URL, which a pod inside the cluster may not reach (no hairpin
/// through the ingress). The portal's own calls to those endpoints go to the gateway's inside address instead; the path
/// and everything else stay as the metadata says.
/// </summary>
public sealed class InsideAddressHandler(Uri publicOrigin, Uri insideGateway) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri && Uri.Compare(uri, publicOrigin, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0)
            request.RequestUri = new Uri(insideGateway, uri.PathAndQuery);
        return base.SendAsync(request, cancellationToken);
    }

    public static InsideAddressHandler From(IConfiguration configuration)
    {
        var issuer = new Uri(configuration["Portal:Issuer"] ?? throw new InvalidOperationException("Portal:Issuer is not configured."));
        var gateway = new Uri(configuration["Portal:Gateway"] ?? issuer.ToString());
        return new InsideAddressHandler(issuer, gateway);
    }
}
