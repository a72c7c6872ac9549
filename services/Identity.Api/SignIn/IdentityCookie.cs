using CarbonPlatform.Identity.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;

namespace CarbonPlatform.Identity.SignIn;

/// <summary>The identity service's own sign-in session: the cookie that lets /connect/authorize know who is there.</summary>
public static class IdentityCookie
{
    public const string Scheme = "identity-cookie";
    public const string Name = "carbon.identity";
    public const string LoginPath = "/account/login";

    public static IHostApplicationBuilder AddIdentityCookie(this IHostApplicationBuilder builder)
    {
        builder.Services.AddDataProtection().SetApplicationName("carbon-identity").PersistKeysToDbContext<IdentityDb>()
            .ProtectKeysAsConfigured(builder.Configuration, builder.Environment);
        builder.Services.AddAntiforgery(o => o.Cookie.Name = "carbon.identity.antiforgery");
        builder.Services.AddAuthentication().AddCookie(Scheme, o =>
        {
            o.Cookie.Name = Name;
            o.Cookie.Path = "/";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // TLS ends at the ingress in a cluster: the cookie follows the request's scheme.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = LoginPath;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // Behind the gateway the service's own host is not the browser's: send a path, never an absolute URL.
            o.Events.OnRedirectToLogin = context =>
            {
                context.Response.Redirect(new Uri(context.RedirectUri, UriKind.RelativeOrAbsolute) is { IsAbsoluteUri: true } uri
                    ? uri.PathAndQuery : context.RedirectUri);
                return Task.CompletedTask;
            };
        });
        return builder;
    }
}
