using CarbonPlatform.Accounting.Calculations;
using CarbonPlatform.Accounting.Dashboard;
using CarbonPlatform.Accounting.Data;
using CarbonPlatform.Accounting.Grpc;
using CarbonPlatform.Accounting.Inventories;
using CarbonPlatform.Accounting.Recompute;
using CarbonPlatform.Accounting.Reconciliation;
using CarbonPlatform.Contracts.Grpc.ActivityData;
using CarbonPlatform.EmissionFactors.Client;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("accounting");
builder.Services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", o =>
{
    o.AddSchemaTransformer<CarbonPlatform.Accounting.Inventories.IntermediatesSchema>();
    o.AddSchemaTransformer<CarbonPlatform.Accounting.Answers.LineageSchema>();
    o.AddOperationTransformer<CarbonPlatform.Accounting.Answers.LineageSchema>();
    o.DocumentEnum<AccountingMethod>((typeof(CarbonPlatform.Domain.Requests.CalculationRequest), "method"),
        (typeof(CarbonPlatform.Accounting.Engine.Results.CalculationResult), "method"), (typeof(InventoryDocument), "method"),
        (typeof(InventoryLineView), "method"), (typeof(InventoryVersionView), "method"),
        (typeof(CarbonPlatform.Accounting.Dashboard.InventorySummary), "method"));
    o.DocumentEnum<FactorStatus>(typeof(CarbonPlatform.Accounting.Engine.Results.FactorUse), "status");
});
builder.AddServiceDatabase<AccountingDb>("accounting");
builder.AddMessaging<AccountingDb>("accounting", x =>
{
    x.AddConsumer<ActivityBatchRecordedConsumer>();
    x.AddConsumer<FactorReleasePublishedConsumer>();
    x.AddConsumer<DefaultFactorReleaseChangedConsumer>();
});
builder.AddParkAccessLog();
builder.AddParkDirectory();
builder.AddFactorReleaseSource();
builder.Services.AddGrpcClient<ActivityLedger.ActivityLedgerClient>(o => o.Address = new Uri(builder.Configuration.Require("Services:ActivityData:Grpc")))
    .AddServiceToken("activity-data");
builder.Services.AddGrpc(o => o.MaxReceiveMessageSize = 64 * 1024 * 1024);
builder.Services.AddSingleton<RecomputeSignal>();
builder.Services.AddScoped<InventoryComputer>();
builder.Services.AddScoped<IInventoryComputer>(s => s.GetRequiredService<InventoryComputer>());
builder.Services.AddScoped<InventoryReader>();
builder.Services.AddSingleton<CarbonPlatform.Accounting.Dashboard.ParsedInventories>();
builder.Services.AddSingleton<CarbonPlatform.Accounting.Dashboard.InventorySummaries>();
builder.Services.AddScoped<CarbonPlatform.Accounting.Storage.InventoryStore>();
builder.Services.AddHostedService<InventoryRecomputer>();
builder.Services.AddScoped<IRecordedBatchSource, LedgerRecordedBatches>();
builder.Services.AddScoped<Reconciler>();
builder.Services.AddHostedService<ReconciliationSchedule>();
builder.Services.AddPlatformMetrics<RecomputeMetrics>();

var app = builder.Build();
app.MapServiceDefaults();
app.UseParkAccessLog();
app.MapGroup("/api/v1").MapDeadLetters().MapCalculations().MapInventories().MapInventoryDashboard().MapParkTotals().MapReconciliation();
app.MapGrpcService<InventoriesService>().RequireAuthorization(PlatformPolicies.Service);

if (!await app.InitializeDatabaseAsync<AccountingDb>(args)) return;
app.Run();

public partial class Program;
