namespace CarbonPlatform.Certification.Certificates;

/// <summary>
/// The public register of certified parks: anonymous, per region, with what verification discloses and no more; filtered,
/// ordered by (region, park, number) and paged in the database.
/// </summary>
public static class PublicRegister
{
    private static readonly string[] Statuses = ["valid", "suspended", "revoked", "expired", "all"];

    public static async Task<IResult> Handle(string? regionCode, string? status, string? text, int? limit, string? cursor, CertificationDb db,
        TimeProvider clock, CancellationToken ct)
    {
        var query = db.Certificates.AsNoTracking();
        if (regionCode is not null)
        {
            if (RegionCodes.Prefix(regionCode) is not { } prefix)
                return Problems.Invalid("regionCode", "invalid-region-code", "regionCode must be a six-digit GB/T 2260 code such as 320000 (100000: the country).");
            if (prefix.Length > 0) query = query.Where(c => c.ParkRegionCode.StartsWith(prefix));
        }
        if (status is not null && !Statuses.Contains(status))
            return Problems.Invalid("status", "unknown-status", "status must be valid, suspended, revoked, expired or all.");
        if (text is { Length: > 100 }) return Problems.Invalid("text", "text-too-long", "text is at most 100 characters.");
        if (!PageRequest<RegisterKey>.TryRead(limit, cursor, out var page, out var badPage)) return badPage.ToProblem();

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        query = (status ?? "valid") switch
        {
            "valid" => query.Where(c => c.State == CertificateState.Valid && c.ValidTo >= today),
            "expired" => query.Where(c => c.State == CertificateState.Valid && c.ValidTo < today),
            "suspended" => query.Where(c => c.State == CertificateState.Suspended),
            "revoked" => query.Where(c => c.State == CertificateState.Revoked),
            _ => query,
        };
        if (!string.IsNullOrWhiteSpace(text))
        {
            var t = text.Trim();
            query = query.Where(c => c.ParkName.Contains(t) || c.Number == t);
        }
        if (page.After is { } after) query = query.After(after);
        var fetched = await query.OrderBy(c => c.ParkRegionCode).ThenBy(c => c.ParkName).ThenBy(c => c.Number).Take(page.Fetch).ToListAsync(ct);
        return Results.Ok(page.Finish(fetched, c => new RegisterKey(c.ParkRegionCode, c.ParkName, c.Number), c => c.PublicView(today)));
    }

    /// <summary>The certificates after (region, park name, number) in the register's order: a keyset the database compares.</summary>
    public static IQueryable<Certificate> After(this IQueryable<Certificate> certificates, RegisterKey k) => certificates.Where(c =>
        string.Compare(c.ParkRegionCode, k.RegionCode) > 0
        || (c.ParkRegionCode == k.RegionCode && (string.Compare(c.ParkName, k.ParkName) > 0
            || (c.ParkName == k.ParkName && string.Compare(c.Number, k.Number) > 0))));

    public static PublicCertificate PublicView(this Certificate c, DateOnly today) => new(c.Number, c.ParkName, c.ParkRegionCode, c.Grade, c.Passed,
        c.Scheme, c.SchemeVersion, c.SchemeStatus, c.ValidFrom, c.ValidTo, ContractEnums.Parse<CertificateStatus>(c.StatusOn(today)),
        c.State == CertificateState.Valid ? null : c.StateReason);
}

/// <summary>Where a page of the register ended.</summary>
public sealed record RegisterKey(string RegionCode, string ParkName, string Number);
