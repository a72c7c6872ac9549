using CarbonPlatform.EmissionFactors.Data;
using CarbonPlatform.EmissionFactors.Factors;
using CarbonPlatform.EmissionFactors.Grpc;
using CarbonPlatform.EmissionFactors.Releases;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("emission-factors");
builder.Services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", o =>
{
    o.DocumentEnum<FactorCategory>(typeof(CarbonPlatform.Domain.Factors.Factor), "category");
    o.DocumentEnum<FactorStatus>(typeof(CarbonPlatform.Domain.Factors.Factor), "status");
});
builder.AddServiceDatabase<FactorsDb>("emission-factors");
builder.AddMessaging<FactorsDb>("emission-factors");
builder.Services.AddGrpc();
builder.Services.AddSingleton<ReleaseCatalog>();

var app = builder.Build();
app.MapServiceDefaults();
app.MapGroup("/api/v1").MapReleases().MapFactors();
app.MapGrpcService<FactorCatalogService>().RequireAuthorization(PlatformPolicies.Service);

var serve = await app.InitializeDatabaseAsync<FactorsDb>(args);
await app.StartupStepAsync("seeding the shipped factor releases", _ => ShippedReleaseSeeder.SeedAsync(app)); // in a cluster the migration Job seeds, before any replica starts
if (!serve) return;
app.Run();

public partial class Program;
