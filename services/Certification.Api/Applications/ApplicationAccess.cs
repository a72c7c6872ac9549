using CarbonPlatform.Certification.Data;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.Tenancy;

namespace CarbonPlatform.Certification.Applications;

public static class ApplicationAccess
{
    /// <summary>The park's operator, the assigned body, the region's authority and the administrator see an application.</summary>
    public static IQueryable<CertificationApplication> VisibleTo(this IQueryable<CertificationApplication> applications, Caller caller)
    {
        if (caller.IsPlatformAdmin) return applications;
        var org = caller.OrganizationId;
        if (caller.IsOperator) return applications.Where(a => a.OperatorOrganizationId == org);
        if (caller.IsCertificationBody) return applications.Where(a => a.CertificationBodyId == org);
        if (caller.IsAuthority && RegionCodes.Prefix(caller.RegionCode) is { } prefix)
            return applications.Where(a => a.ParkRegionCode.StartsWith(prefix));
        return applications.Where(_ => false);
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
