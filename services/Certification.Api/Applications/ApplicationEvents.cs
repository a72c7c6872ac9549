using CarbonPlatform.Certification.Data;
using CarbonPlatform.Certification.Decisions;
using CarbonPlatform.Contracts.Certification;
using CarbonPlatform.ServiceDefaults.Messaging;

namespace CarbonPlatform.Certification.Applications;

public static class ApplicationEvents
{
    /// <summary>Adds CertificationReviewChanged for the application's new status to the caller's unit of work.</summary>
    public static void ReviewChanged(this CertificationDb db, CertificationApplication application, string comment) =>
        db.AddEvent(new CertificationReviewChanged(application.Id, application.ParkId, application.EvaluationId, application.CertificationBodyId,
            application.Year, ReviewWorkflow.Name(application.Status), comment), application.OperatorOrganizationId);

    public static readonly ApplicationStatus[] Open =
        [ApplicationStatus.Submitted, ApplicationStatus.UnderReview, ApplicationStatus.InformationRequested, ApplicationStatus.Resubmitted];
}
