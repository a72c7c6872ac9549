using CarbonPlatform.Certification.Data;
using CarbonPlatform.ServiceDefaults.Problems;
using CarbonPlatform.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

using CarbonPlatform.ServiceDefaults.OpenApi;

namespace CarbonPlatform.Certification.Certificates;

/// <summary>The public register of certified parks: anonymous, per region, with what verification discloses and no more.</summary>
public static class PublicRegister
{
    public static async Task<IResult> Handle(string? regionCode, string? status, CertificationDb db, TimeProvider clock, CancellationToken ct)
    {
        var query = db.Certificates.AsNoTracking();
        if (regionCode is not null)
        {
            if (RegionCodes.Prefix(regionCode) is not { } prefix)
                return Problems.Invalid("regionCode", "invalid-region-code", "regionCode must be a six-digit GB/T 2260 code such as 320000.");
            query = query.Where(c => c.ParkRegionCode.StartsWith(prefix));
        }
        if (status is not null and not ("valid" or "suspended" or "revoked" or "expired" or "all"))
            return Problems.Invalid("status", "unknown-status", "status must be valid, suspended, revoked, expired or all.");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var wanted = status ?? "valid";
        var certificates = await query.OrderBy(c => c.ParkRegionCode).ThenBy(c => c.ParkName).ThenBy(c => c.Number).ToListAsync(ct);
        return Results.Ok(certificates.Where(c => wanted == "all" || c.StatusOn(today) == wanted).Select(c => c.PublicView(today)));
    }

    public static PublicCertificate PublicView(this Certificate c, DateOnly today) => new(c.Number, c.ParkName, c.ParkRegionCode, c.Grade, c.Passed,
        c.Scheme, c.SchemeVersion, c.SchemeStatus, c.ValidFrom, c.ValidTo, ContractEnums.Parse<CertificateStatus>(c.StatusOn(today)),
        c.State == CertificateState.Valid ? null : c.StateReason);
}
