using CarbonPlatform.Contracts.Certification;
using CarbonPlatform.Contracts.Evaluation;
using CarbonPlatform.Contracts.ParkRegistry;
using CarbonPlatform.ParkRegistry.Data;
using CarbonPlatform.ServiceDefaults.Messaging;
using MassTransit;

namespace CarbonPlatform.ParkRegistry.Lifecycle;

/// <summary>Other services' facts move the park through the creation process.</summary>
public abstract class LifecycleConsumer<TMessage>(RegistryDb db, ILogger log) : InboxConsumer<TMessage, RegistryDb>(db) where TMessage : class
{
    protected async Task MoveAsync(Guid parkId, ParkStage to, string reason, CancellationToken ct)
    {
        var park = await Db.Parks.FindAsync([parkId], ct);
        if (park is null) return;
        var from = park.Stage;
        var refused = park.MoveTo(to, reason);
        if (refused is not null)
        {
            log.LogInformation("Park {ParkId}: {Refusal}", parkId, refused);
            return;
        }
        Db.AddEvent(new ParkLifecycleChanged(parkId, ParkLifecycle.Name(from), ParkLifecycle.Name(to), reason), park.OperatorOrganizationId);
    }
}

public sealed class EvaluationCompletedConsumer(RegistryDb db, ILogger<EvaluationCompletedConsumer> log) : LifecycleConsumer<EvaluationCompleted>(db, log)
{
    protected override Task HandleAsync(ConsumeContext<EvaluationCompleted> context) =>
        MoveAsync(context.Message.ParkId, ParkStage.SelfEvaluated, $"evaluation {context.Message.EvaluationId} ({context.Message.Scheme})", context.CancellationToken);
}

public sealed class CertificationAppliedConsumer(RegistryDb db, ILogger<CertificationAppliedConsumer> log) : LifecycleConsumer<CertificationApplied>(db, log)
{
    protected override Task HandleAsync(ConsumeContext<CertificationApplied> context) =>
        MoveAsync(context.Message.ParkId, ParkStage.Applied, $"application {context.Message.ApplicationId}", context.CancellationToken);
}

public sealed class CertificateIssuedConsumer(RegistryDb db, ILogger<CertificateIssuedConsumer> log) : LifecycleConsumer<CertificateIssued>(db, log)
{
    protected override Task HandleAsync(ConsumeContext<CertificateIssued> context) =>
        MoveAsync(context.Message.ParkId, ParkStage.Certified, $"certificate {context.Message.Number}", context.CancellationToken);
}
