using CarbonPlatform.ActivityData.Devices;
using CarbonPlatform.ActivityData.Evidence;
using CarbonPlatform.ActivityData.Approval;
using CarbonPlatform.ActivityData.Grpc;
using CarbonPlatform.ActivityData.Imports;
using CarbonPlatform.ActivityData.Instruments;
using CarbonPlatform.ActivityData.MeterReadings;
using CarbonPlatform.EmissionFactors.Client;
using CarbonPlatform.ActivityData.Observability;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("activity-data");
builder.Services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1",
    o => o.DocumentEnum<CarbonPlatform.Domain.Requests.ActivityKind>(typeof(CarbonPlatform.ActivityData.Boundary.SourceRequest), "kind"));
builder.AddServiceDatabase<ActivityDb>("activity-data");
builder.AddMessaging<ActivityDb>("activity-data", x =>
{
    x.AddConsumer<CertificationAppliedConsumer>();
    x.AddConsumer<CertificationReviewChangedConsumer>();
    x.AddConsumer<CertifiedYearReopenedConsumer>();
});
builder.AddParkAccessLog();
builder.AddParkDirectory();
builder.AddFactorReleaseSource();
builder.Services.AddSingleton<IFactorReleaseProvider, CatalogFactorReleaseProvider>();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddGrpc();
builder.Services.AddPlatformMetrics<ImportMetrics>();
builder.Services.AddPlatformMetrics<LedgerMetrics>();
builder.Services.AddPlatformMetrics<DeviceMetrics>();
builder.Services.AddEvidenceStorage(builder.Configuration).AddSingleton<EvidenceStore>();
builder.Services.AddDeviceBroker(builder.Configuration);
builder.Services.AddHostedService<MonthClosing>();

var app = builder.Build();
app.MapServiceDefaults();
app.UseParkAccessLog();
app.MapGroup("/api/v1").MapDeadLetters().MapActivityRecords().MapLedger().MapPeriods().MapImports().MapEvidence().MapBoundary().MapMeterReadings().MapInstruments()
    .MapApproval().MapDevices();
app.MapGrpcService<ActivityLedgerService>().RequireAuthorization(PlatformPolicies.Service);
app.MapGrpcService<LedgerFactsService>().RequireAuthorization(PlatformPolicies.Service);

if (!await app.InitializeDatabaseAsync<ActivityDb>(args, LedgerBackfill.AfterMigratingAsync)) return;
if (args.Contains(LedgerBackfill.Command))
{
    await using var scope = app.Services.CreateAsyncScope();
    foreach (var (park, entries) in await LedgerBackfill.RunAsync(scope.ServiceProvider.GetRequiredService<ActivityDb>(), CancellationToken.None))
        app.Logger.LogWarning("Ledger backfill: park {ParkId} got {Entries} entries for lines recorded before its ledger", park, entries);
    return;
}
await app.StartupStepAsync("moving evidence files into the database", async ct =>
{
    await using var scope = app.Services.CreateAsyncScope();
    var dataFolder = app.Configuration["Database:DataFolder"] ?? Path.Combine(AppContext.BaseDirectory, "data");
    var moved = await EvidenceFolderImport.RunAsync(scope.ServiceProvider.GetRequiredService<ActivityDb>(), dataFolder, ct);
    if (moved.Moved + moved.Mismatched + moved.Orphaned > 0)
        app.Logger.LogWarning("Evidence moved from the data folder into the database: {Moved}; left on disk as not matching their SHA-256: {Mismatched}; "
            + "without a row: {Orphaned}", moved.Moved, moved.Mismatched, moved.Orphaned);
});
app.Run();

public partial class Program;
