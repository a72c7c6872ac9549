using CarbonPlatform.Certification.Applications;
using CarbonPlatform.Certification.Certificates;
using CarbonPlatform.Certification.Documents;
using CarbonPlatform.Certification.Webhooks;
using CarbonPlatform.Contracts.Grpc.Evaluation;
using CarbonPlatform.Contracts.Grpc.ParkRegistry;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("certification");
builder.Services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", o =>
{
    o.AddDocumentTransformer<CarbonPlatform.Certification.Webhooks.WebhooksDocument>();
    o.DocumentEnum<CarbonPlatform.Certification.Decisions.DecisionKind>(typeof(CarbonPlatform.Certification.Decisions.DecisionRequest), "decision");
    o.DocumentEnum<CarbonPlatform.Certification.Decisions.ReviewStep>(typeof(DecisionView), "decision");
    o.DocumentEnum<Grade>((typeof(CarbonPlatform.Certification.Applications.ApplicationView), "grade"),
        (typeof(CarbonPlatform.Certification.Certificates.PublicCertificate), "grade"));
    o.DocumentEnum<CarbonPlatform.ServiceDefaults.OpenApi.Schemes.SchemeStatus>((typeof(CarbonPlatform.Certification.Applications.ApplicationView), "schemeStatus"),
        (typeof(CarbonPlatform.Certification.Certificates.PublicCertificate), "schemeStatus"));
});
builder.AddServiceDatabase<CertificationDb>("certification");
builder.AddMessaging<CertificationDb>("certification", x =>
{
    x.AddConsumer<ParkLifecycleChangedConsumer>();
    x.AddConsumer<ActivityBatchRecordedConsumer>();
    x.AddConsumer<InventoryComputedConsumer>();
});
builder.AddParkAccessLog();
builder.AddParkDirectory();
builder.Services.AddGrpcClient<Evaluations.EvaluationsClient>(o => o.Address = new Uri(builder.Configuration.Require("Services:Evaluation:Grpc")))
    .AddServiceToken("evaluation");
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddScoped<CertificateIssuer>();
builder.AddCertificationDocuments();
builder.AddWebhooks();
builder.Services.AddPlatformMetrics<CarbonPlatform.Certification.Observability.CertificationMetrics>();

var app = builder.Build();
app.MapServiceDefaults();
app.UseParkAccessLog();
app.MapGroup("/api/v1").MapDeadLetters().MapCertification().MapDocuments().MapWebhooks();

if (!await app.InitializeDatabaseAsync<CertificationDb>(args, async (db, _, ct) =>
        await WebhookSecretUpgrade.SealPlainSecretsAsync(db, app.Services.GetRequiredService<WebhookSecretBox>(), ct)))
    return;
app.Run();

public partial class Program;
