using CarbonPlatform.Contracts.Grpc.Accounting;
using CarbonPlatform.Contracts.Grpc.ActivityData;
using CarbonPlatform.Evaluation.Management;
using CarbonPlatform.Evaluation.Evaluations;
using CarbonPlatform.Evaluation.Grpc;
using CarbonPlatform.Evaluation.Overview;
using CarbonPlatform.Evaluation.Pathways;
using CarbonPlatform.Evaluation.Pathways.Outlook;
using CarbonPlatform.Evaluation.Pathways.Parks;
using CarbonPlatform.Evaluation.Previews;
using CarbonPlatform.Evaluation.Reconciliation;
using CarbonPlatform.Evaluation.Schemes;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("evaluation");
builder.Services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", o =>
{
    o.DocumentEnum<AccountingMethod>((typeof(CarbonPlatform.Evaluation.Engine.Results.EvaluationResult), "method"),
        (typeof(CarbonPlatform.Evaluation.Engine.Schemes.SchemeDefinition), "method"), (typeof(SchemeSummary), "method"),
        (typeof(StoredEvaluationView), "method"), (typeof(CarbonPlatform.Evaluation.Reconciliation.StaleParkYear), "method"));
    o.DocumentEnum<Grade>((typeof(CarbonPlatform.Evaluation.Engine.Results.IndicatorOutcome), "thresholdGrade"),
        (typeof(CarbonPlatform.Evaluation.Engine.Results.EvaluationResult), "grade"),
        (typeof(CarbonPlatform.Evaluation.Engine.Results.NextGrade), "grade"), (typeof(StoredEvaluationView), "grade"),
        (typeof(ParkResult), "grade"), (typeof(CarbonPlatform.Evaluation.Pathways.Parks.ParkTargetView), "grade"),
        (typeof(CarbonPlatform.Evaluation.Pathways.PathwayYear), "grade"), (typeof(CarbonPlatform.Evaluation.Pathways.Outlook.OutlookYear), "grade"));
    o.DocumentEnum<TargetGrade>((typeof(CarbonPlatform.Evaluation.Pathways.Parks.ParkTargetRequest), "grade"),
        (typeof(CarbonPlatform.Evaluation.Pathways.PathwayPreviewRequest), "target.grade"));
    o.DocumentEnum<CarbonPlatform.Evaluation.Engine.Schemes.SchemeStatus>(typeof(ParkResult), "schemeStatus");
});
builder.AddServiceDatabase<EvaluationDb>("evaluation");
builder.AddMessaging<EvaluationDb>("evaluation", x =>
{
    x.AddConsumer<InventoryComputedConsumer>();
    x.AddConsumer<EvaluationCompletedConsumer>();
    x.AddConsumer<CertificationAppliedConsumer>();
    x.AddConsumer<CertificationReviewChangedConsumer>();
    x.AddConsumer<CertifiedYearReopenedConsumer>();
    x.AddConsumer<CertificateStatusChangedConsumer>();
});
builder.AddParkAccessLog();
builder.AddParkDirectory();
builder.Services.AddGrpcClient<Inventories.InventoriesClient>(o => o.Address = new Uri(builder.Configuration.Require("Services:Accounting:Grpc")))
    .AddServiceToken("accounting")
    .ConfigureChannel(o => o.MaxReceiveMessageSize = 64 * 1024 * 1024);
builder.Services.AddGrpc();
builder.Services.AddSingleton<SchemeRegistry>();
builder.Services.AddScoped<EvaluationRecorder>();
builder.Services.AddScoped<EvaluationReconciler>();
builder.Services.AddHostedService<EvaluationReconciliationSchedule>();
builder.Services.AddScoped<ManagementFactsSource>();
builder.Services.AddGrpcClient<ActivityLedger.ActivityLedgerClient>(o => o.Address = new Uri(builder.Configuration.Require("Services:ActivityData:Grpc")))
    .AddServiceToken("activity-data")
    .ConfigureChannel(o => o.MaxReceiveMessageSize = 64 * 1024 * 1024);
builder.Services.AddScoped<ParkBaseline>();
builder.Services.AddScoped<ParkScenarios>();
builder.Services.AddGrpcClient<LedgerFacts.LedgerFactsClient>(o => o.Address = new Uri(builder.Configuration.Require("Services:ActivityData:Grpc")))
    .AddServiceToken("activity-data");

var app = builder.Build();
app.MapServiceDefaults();
app.UseParkAccessLog();
app.MapGroup("/api/v1").MapDeadLetters().MapSchemes().MapPreviews().MapPathways().MapParkTargets().MapParkScenarios()
    .MapStoredEvaluations().MapPathwayOutlook().MapParkResults().MapParkResultDistribution().MapParkResultsRebuild()
    .MapEvaluationReconciliation();
app.MapGrpcService<EvaluationsService>().RequireAuthorization(PlatformPolicies.Service);

if (!await app.InitializeDatabaseAsync<EvaluationDb>(args)) return;
await app.StartupStepAsync("loading the schemes", async ct =>
{
    await using var scope = app.Services.CreateAsyncScope();
    await app.Services.GetRequiredService<SchemeRegistry>().LoadAsync(scope.ServiceProvider.GetRequiredService<EvaluationDb>(), ct);
});
await app.StartupStepAsync("rebuilding the park results", _ => app.RebuildParkResultsWhenEmptyAsync());
app.Run();

public partial class Program;
