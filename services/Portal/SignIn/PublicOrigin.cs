namespace CarbonPlatform.Portal.SignIn;

public static class PublicOrigin
{
    /// <summary>
    /// The portal lives at the gateway's public URL (the token issuer): requests arrive through the gateway on an inside
    /// address, but every link, redirect and OIDC callback the portal writes must name the public one.
    /// </summary>
    public static WebApplication UsePublicOrigin(this WebApplication app)
    {
        var issuer = new Uri(app.Configuration["Portal:Issuer"] ?? throw new InvalidOperationException("Portal:Issuer is not configured."));
        var host = HostString.FromUriComponent(issuer);
        app.Use((http, next) =>
        {
            http.Request.Scheme = issuer.Scheme;
            http.Request.Host = host;
            return next(http);
        });
        return app;
    }
}
