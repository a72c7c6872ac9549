using CarbonPlatform.Contracts.Grpc.ParkRegistry;
using CarbonPlatform.Identity.ApiClients;
using CarbonPlatform.Identity.Data;
using CarbonPlatform.Identity.Server;
using CarbonPlatform.Identity.Tokens;
using CarbonPlatform.ServiceDefaults;
using CarbonPlatform.ServiceDefaults.Persistence;
using CarbonPlatform.ServiceDefaults.Tenancy;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("identity");
builder.AddServiceDatabase<IdentityDb>("identity");
builder.AddPlatformIdentityServer();
builder.Services.AddScoped<ApiClientRegistry>();
builder.Services.AddGrpcClient<ParkDirectory.ParkDirectoryClient>(o =>
    o.Address = new Uri(builder.Configuration.Require("Services:ParkRegistry:Grpc")));

var app = builder.Build();
app.MapServiceDefaults();
app.MapTokenEndpoint();
app.MapGroup("/api/v1").MapApiClients();

if (!await app.InitializeDatabaseAsync<IdentityDb>(args)) return;
await LocalAdministrator.EnsureAsync(app);
app.Run();

public partial class Program;
