using CarbonPlatform.Contracts.Grpc.ParkRegistry;
using CarbonPlatform.Identity.ApiClients;
using CarbonPlatform.Identity.Authorization;
using CarbonPlatform.Identity.Data;
using CarbonPlatform.Identity.People;
using CarbonPlatform.Identity.Revocations;
using CarbonPlatform.Identity.SignIn.Throttling;
using CarbonPlatform.Identity.Server;
using CarbonPlatform.Identity.SignIn;
using CarbonPlatform.Identity.Tokens;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("identity");
builder.AddServiceDatabase<IdentityDb>("identity");
builder.AddPlatformIdentityServer();
builder.AddIdentityCookie();
builder.Services.AddScoped<ApiClientRegistry>();
builder.Services.AddScoped<PasswordSignIn>();
builder.Services.AddScoped<SignInThrottling>();
builder.Services.AddScoped<RevocationRecords>();
builder.AddForwardedClientAddresses();
builder.Services.AddGrpcClient<ParkDirectory.ParkDirectoryClient>(o =>
    o.Address = new Uri(builder.Configuration.Require("Services:ParkRegistry:Grpc"))).AddServiceToken("park-registry");

var app = builder.Build();
app.UseForwardedHeaders();
app.MapServiceDefaults();
app.MapAuthorizeEndpoint();
app.MapTokenEndpoint();
app.MapEndSessionEndpoint();
app.MapUserInfoEndpoint();
app.MapLogin();
app.MapRevocationFeed();
app.MapGroup("/api/v1").MapApiClients().MapPeople();

if (!await app.InitializeDatabaseAsync<IdentityDb>(args)) return;
await app.StartupStepAsync("protecting the key ring", _ => KeyRingProtection.ReplacePlainKeysAsync(app));
await app.StartupStepAsync("seeding the local administrator", _ => LocalAdministrator.EnsureAsync(app));
await app.StartupStepAsync("seeding the portal client", _ => PortalClient.EnsureAsync(app));
await app.StartupStepAsync("seeding the service clients", _ => ServiceClients.EnsureAsync(app));
app.Run();

public partial class Program;
