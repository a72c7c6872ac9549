using CarbonPlatform.ParkRegistry.AccessLog;
using CarbonPlatform.ParkRegistry.Data;
using CarbonPlatform.ParkRegistry.Grpc;
using CarbonPlatform.ParkRegistry.Lifecycle;
using CarbonPlatform.ParkRegistry.Organizations;
using CarbonPlatform.ParkRegistry.Parks;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("park-registry");
builder.Services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1",
    o => o.DocumentEnum<OrganizationKind>(typeof(CarbonPlatform.ParkRegistry.Organizations.RegisterOrganizationRequest), "kind")
        .DocumentEnum<OrganizationKind>(typeof(ParkRead), "organizationKind"));
builder.AddServiceDatabase<RegistryDb>("park-registry");
builder.AddMessaging<RegistryDb>("park-registry", x =>
{
    x.AddConsumer<EvaluationCompletedConsumer>();
    x.AddConsumer<CertificationAppliedConsumer>();
    x.AddConsumer<CertificationReviewChangedConsumer>();
    x.AddConsumer<CertificateIssuedConsumer>();
    x.AddConsumer<CertificateStatusChangedConsumer>();
    x.AddConsumer<CertifiedYearReopenedConsumer>();
    x.AddConsumer<ParkDataReadConsumer>();
});
builder.AddParkAccessLog();
builder.Services.AddGrpc();
builder.Services.AddHostedService<AccessLogRetention>();

var app = builder.Build();
app.MapServiceDefaults();
app.UseParkAccessLog();
app.MapGroup("/api/v1").MapDeadLetters().MapOrganizations().MapParks().MapLifecycle().MapAccessLog();
app.MapGrpcService<ParkDirectoryService>().RequireAuthorization(PlatformPolicies.Service);

if (!await app.InitializeDatabaseAsync<RegistryDb>(args)) return;
app.Run();

public partial class Program;
