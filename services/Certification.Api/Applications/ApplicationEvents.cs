using CarbonPlatform.Certification.Decisions;
using CarbonPlatform.Contracts.Certification;

namespace CarbonPlatform.Certification.Applications;

public static class ApplicationEvents
{
    /// <summary>Adds CertificationReviewChanged for the application's new status to the caller's unit of work.</summary>
    public static void ReviewChanged(this CertificationDb db, CertificationApplication application, string comment) =>
        db.AddEvent(new CertificationReviewChanged(application.Id, application.ParkId, application.EvaluationId, application.CertificationBodyId,
            application.Year, ReviewWorkflow.Name(application.Status), comment), application.OperatorOrganizationId);

    /// <summary>What a body's system is told of an application: enough to fetch the rest through the API.</summary>
    public static Webhooks.ApplicationEventData WebhookData(this CertificationApplication a, string? comment = null) =>
        new(a.Id, a.ParkId, a.ParkName, a.EvaluationId, a.Year, a.Scheme, ReviewWorkflow.Name(a.Status), comment);

    public static readonly ApplicationStatus[] Open =
        [ApplicationStatus.Submitted, ApplicationStatus.UnderReview, ApplicationStatus.InformationRequested, ApplicationStatus.Resubmitted];
}
