using CarbonPlatform.Certification.Data;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.BuildingBlocks.Tenancy;

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

    public static object View(this CertificationApplication a) => new
    {
        id = a.Id,
        parkId = a.ParkId,
        parkName = a.ParkName,
        evaluationId = a.EvaluationId,
        certificationBodyId = a.CertificationBodyId,
        status = Decisions.ReviewWorkflow.Name(a.Status),
        year = a.Year,
        scheme = a.Scheme,
        schemeStatus = a.SchemeStatus,
        grade = a.Grade,
        passed = a.Passed,
        inventoryVersion = a.InventoryVersion,
        factorRelease = a.FactorRelease,
        certificateNumber = a.CertificateNumber,
        submittedAt = DateTime.SpecifyKind(a.SubmittedAt, DateTimeKind.Utc),
        updatedAt = DateTime.SpecifyKind(a.UpdatedAt, DateTimeKind.Utc),
        decisions = a.Decisions.OrderBy(d => d.DecidedAt).Select(d => new
        {
            decision = d.Decision, comment = d.Comment, decidedBy = d.DecidedBy, decidedAt = DateTime.SpecifyKind(d.DecidedAt, DateTimeKind.Utc),
        }),
    };
}
