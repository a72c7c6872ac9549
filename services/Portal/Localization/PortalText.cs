namespace CarbonPlatform.Portal.Localization;

/// <summary>
/// Chinese by default, English one click away. Each text is written where it is shown, in both languages
/// (<c>L["排放", "Emissions"]</c>), so a page reads whole in either and no key can go missing.
/// </summary>
public sealed class PortalText(IHttpContextAccessor context)
{
    public const string CookieName = "carbon.lang";

    public bool English => context.HttpContext?.Request.Cookies[CookieName] == "en";
    public string Language => English ? "en" : "zh-CN";

    public string this[string zh, string en] => English ? en : zh;

    public string Pick(LocalTextPair text) => English ? text.En : text.Zh;
}

public readonly record struct LocalTextPair(string Zh, string En);

public static class PortalTextRegistration
{
    public static IServiceCollection AddPortalText(this IServiceCollection services) => services.AddScoped<PortalText>();

    public static WebApplication MapLanguageSwitch(this WebApplication app)
    {
        app.MapGet("/language/{code}", (string code, string? returnUrl, HttpContext http) =>
        {
            http.Response.Cookies.Append(PortalText.CookieName, code == "en" ? "en" : "zh",
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), IsEssential = true });
            return Results.LocalRedirect(SignIn.PortalSignIn.LocalOrHome(returnUrl));
        });
        return app;
    }
}
