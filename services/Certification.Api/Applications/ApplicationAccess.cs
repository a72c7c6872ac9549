namespace CarbonPlatform.Certification.Applications;

public static class ApplicationAccess
{
    /// <summary>The park's operator, the assigned body, the region's authority and the administrator see an application.</summary>
    public static IQueryable<CertificationApplication> VisibleTo(this IQueryable<CertificationApplication> applications, Caller caller)
    {
        if (caller.IsCertificationBody && caller.OrganizationId is { } body) return applications.Where(a => a.CertificationBodyId == body);
        return applications.VisibleTo(caller, a => a.OperatorOrganizationId, a => a.ParkRegionCode);
    }

    public static bool IsAssignedReviewer(this Caller caller, CertificationApplication application) =>
        caller.IsCertificationBody && caller.OrganizationId == application.CertificationBodyId && caller.Has(PlatformRoles.CertificationReviewer);

    public static ApplicationView View(this CertificationApplication a) => new(a.Id, a.ParkId, a.ParkName, a.EvaluationId, a.CertificationBodyId,
        a.Status, a.Year, a.Scheme, a.SchemeStatus, a.Grade, a.Passed, a.InventoryVersion, a.FactorRelease, a.CertificateNumber,
        DateTime.SpecifyKind(a.SubmittedAt, DateTimeKind.Utc), DateTime.SpecifyKind(a.UpdatedAt, DateTimeKind.Utc),
        a.Decisions.OrderBy(d => d.DecidedAt)
            .Select(d => new DecisionView(d.Decision, d.Comment, d.DecidedBy, DateTime.SpecifyKind(d.DecidedAt, DateTimeKind.Utc))).ToList());
}
