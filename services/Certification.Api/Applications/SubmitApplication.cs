using CarbonPlatform.Contracts.Certification;
using CarbonPlatform.Contracts.Grpc.Evaluation;
using CarbonPlatform.Contracts.Grpc.ParkRegistry;
using CarbonPlatform.Certification.Webhooks;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.Certification.Applications;

public sealed record SubmitApplicationRequest(Guid? ParkId, Guid? EvaluationId, Guid? CertificationBodyId);

/// <summary>The id of the application just submitted.</summary>
public sealed record CreatedApplication(Guid Id);

public static class SubmitApplication
{
    public static async Task<IResult> Handle(SubmitApplicationRequest body, HttpContext http, CertificationDb db, IParkDirectory parks,
        ParkDirectory.ParkDirectoryClient organizations, Evaluations.EvaluationsClient evaluations, CancellationToken ct)
    {
        var missing = new List<InputError>();
        if (body.ParkId is null) missing.Add(new(null, "parkId", "missing-field", "parkId is required."));
        if (body.EvaluationId is null) missing.Add(new(null, "evaluationId", "missing-field", "evaluationId is required."));
        if (body.CertificationBodyId is null) missing.Add(new(null, "certificationBodyId", "missing-field", "certificationBodyId is required."));
        if (missing.Count > 0) return Problems.Invalid(missing);

        var caller = http.Caller();
        var access = await parks.ForReadingAsync(caller, body.ParkId!.Value, ct);
        if (!access.Granted) return access.Refusal.ToProblem();
        var park = access.Park;
        if (!caller.IsPlatformAdmin && !(caller.IsOperator && caller.Has(PlatformRoles.OperatorAdmin) && caller.OrganizationId == park.OperatorOrganizationId))
            return Problems.Forbidden("Only the park operator's administrator applies for certification.");

        var evaluation = await evaluations.GetEvaluationAsync(new GetEvaluationRequest { EvaluationId = body.EvaluationId!.Value.ToString() }, cancellationToken: ct);
        if (!evaluation.Found || evaluation.ParkId != park.ParkId.ToString())
            return Problems.Invalid("evaluationId", "unknown-evaluation", "evaluationId must name a stored evaluation of this park.");
        if (evaluation.Stale)
            return Problems.Invalid("evaluationId", "evaluation-stale",
                $"The evaluation graded inventory v{evaluation.InventoryVersion}, and the park's {evaluation.Year} inventory has changed since: re-run it and apply with the new one.");
        var eligible = evaluation.HasPassed ? evaluation.Passed : !string.IsNullOrEmpty(evaluation.Grade);
        if (!eligible)
            return Problems.Invalid("evaluationId", "evaluation-not-eligible", "The evaluation reached no grade (or did not pass its core indicator): it cannot be certified.");
        var certifier = await organizations.GetOrganizationAsync(new GetOrganizationRequest { OrganizationId = body.CertificationBodyId!.Value.ToString() }, cancellationToken: ct);
        if (!certifier.Found || certifier.Kind != OrganizationKinds.CertificationBody)
            return Problems.Invalid("certificationBodyId", "unknown-certification-body", "certificationBodyId must name a registered certification body.");

        if (await OpenApplicationExistsAsync(db, park.ParkId, evaluation.Year, ct))
            return Problems.Conflict("evaluationId", "application-open", $"The park already has an open application for {evaluation.Year}.");

        var now = DateTime.UtcNow;
        var application = new CertificationApplication
        {
            Id = Guid.NewGuid(), ParkId = park.ParkId, ParkName = park.Name, ParkRegionCode = park.RegionCode,
            OperatorOrganizationId = park.OperatorOrganizationId, EvaluationId = body.EvaluationId.Value,
            CertificationBodyId = body.CertificationBodyId.Value, Year = evaluation.Year, Scheme = evaluation.Scheme, SchemeVersion = evaluation.SchemeVersion,
            SchemeStatus = evaluation.SchemeStatus, Grade = string.IsNullOrEmpty(evaluation.Grade) ? null : evaluation.Grade,
            Passed = evaluation.HasPassed ? evaluation.Passed : null, InventoryVersion = evaluation.InventoryVersion,
            InventoryMethod = evaluation.Method,
            FactorRelease = evaluation.FactorRelease,
            CertificateValidityYears = evaluation.CertificateValidityYears > 0 ? evaluation.CertificateValidityYears : 3,
            SubmittedAt = now, UpdatedAt = now,
        };
        db.Applications.Add(application);
        db.AddEvent(new CertificationApplied(application.Id, park.ParkId, application.EvaluationId, application.CertificationBodyId, application.Year), park.OperatorOrganizationId);
        await WebhookOutbox.EnqueueAsync(db, application.CertificationBodyId, WebhookEvents.ApplicationSubmitted, application.WebhookData(), ct);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            // Another replica opened one between the check above and this write; the unique index refused ours.
            if (!await OpenApplicationExistsAsync(db, park.ParkId, evaluation.Year, ct)) throw;
            return Problems.Conflict("evaluationId", "application-open", $"The park already has an open application for {evaluation.Year}.");
        }
        return Results.Created($"/api/v1/certification-applications/{application.Id}", new CreatedApplication(application.Id));
    }

    private static async Task<bool> OpenApplicationExistsAsync(CertificationDb db, Guid parkId, int year, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.Applications.AnyAsync(a => a.ParkId == parkId && a.Year == year && ApplicationEvents.Open.Contains(a.Status), ct);
    }
}
