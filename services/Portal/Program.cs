using CarbonPlatform.Portal.Components;
using CarbonPlatform.Portal.Downloads;
using CarbonPlatform.Portal.Imports;
using CarbonPlatform.Portal.Localization;
using CarbonPlatform.Portal.Platform;
using CarbonPlatform.Portal.SignIn;
using CarbonPlatform.ServiceDefaults.Health;
using CarbonPlatform.ServiceDefaults.Secrets;
using CarbonPlatform.ServiceDefaults.Telemetry;

var builder = WebApplication.CreateBuilder(args);
builder.AddDaprSecretStore();
builder.AddPlatformTelemetry("portal");
builder.AddPlatformHealthChecks();
builder.AddPortalSignIn();
builder.AddPlatformApi();
builder.Services.AddPortalText();
builder.Services.AddScoped<PortalUser>();
builder.Services.AddSingleton<ImportDrafts>();
builder.Services.AddRazorComponents();

var app = builder.Build();
app.UsePublicOrigin();
app.UseExceptionHandler("/error", createScopeForErrors: true);
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UsePageSecurityPolicy();
app.MapStaticAssets();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapPlatformHealthEndpoints();
app.MapSignInEndpoints();
app.MapLanguageSwitch();
app.MapDownloads();
app.MapRazorComponents<App>();
app.Run();

public partial class Program;
