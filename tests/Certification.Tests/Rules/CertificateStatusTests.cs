using CarbonPlatform.Certification.Data;

namespace CarbonPlatform.Certification.Tests.Rules;

/// <summary>A certificate's status on a given day: expiry needs no job, suspension and revocation outrank it.</summary>
public sealed class CertificateStatusTests
{
    private static readonly DateOnly ValidFrom = new(2026, 3, 1);
    private static readonly DateOnly ValidTo = new(2029, 2, 28);

    private static Certificate Issued(CertificateState state = CertificateState.Valid) => new()
    {
        Number = "CNCP-2026-000123",
        ParkName = "Suzhou Industrial Park",
        ParkRegionCode = "320571",
        Scheme = "ndrc-910",
        SchemeStatus = "official",
        FactorRelease = "2026.1",
        ValidFrom = ValidFrom,
        ValidTo = ValidTo,
        State = state,
    };

    [Fact]
    public void A_certificate_is_valid_from_its_first_day() => Assert.Equal("valid", Issued().StatusOn(ValidFrom));

    [Fact]
    public void A_certificate_is_still_valid_on_its_last_day() => Assert.Equal("valid", Issued().StatusOn(ValidTo));

    [Fact]
    public void A_certificate_is_expired_the_day_after_its_last_day() =>
        Assert.Equal("expired", Issued().StatusOn(ValidTo.AddDays(1)));

    [Fact]
    public void A_certificate_stays_expired_years_later() => Assert.Equal("expired", Issued().StatusOn(ValidTo.AddYears(5)));

    [Theory]
    [InlineData(CertificateState.Suspended, "suspended")]
    [InlineData(CertificateState.Revoked, "revoked")]
    public void Suspension_and_revocation_apply_while_the_certificate_runs(CertificateState state, string status) =>
        Assert.Equal(status, Issued(state).StatusOn(ValidTo.AddDays(-30)));

    [Theory]
    [InlineData(CertificateState.Suspended, "suspended")]
    [InlineData(CertificateState.Revoked, "revoked")]
    public void Suspension_and_revocation_win_over_expiry(CertificateState state, string status) =>
        Assert.Equal(status, Issued(state).StatusOn(ValidTo.AddDays(1)));
}

/// <summary>What the issuing body may do to a certificate: suspend a valid one, reinstate a suspended one, revoke either.</summary>
public sealed class CertificateStatusChangeTests
{
    [Theory]
    [InlineData("valid", "suspend", CertificateState.Suspended)]
    [InlineData("suspended", "reinstate", CertificateState.Valid)]
    [InlineData("valid", "revoke", CertificateState.Revoked)]
    [InlineData("suspended", "revoke", CertificateState.Revoked)]
    public void A_legal_change_leads_to_its_state(string status, string action, CertificateState next) =>
        Assert.Equal((next, null), Certification.Certificates.CertificateStatusChange.Decide(status, action));

    [Theory]
    [InlineData("valid", "reinstate", "Only a suspended certificate")]
    [InlineData("suspended", "suspend", "Only a valid certificate")]
    [InlineData("revoked", "reinstate", "stays revoked")]
    [InlineData("revoked", "suspend", "stays revoked")]
    [InlineData("expired", "suspend", "expired")]
    [InlineData("expired", "revoke", "expired")]
    public void An_illegal_change_is_refused_with_the_reason(string status, string action, string reason)
    {
        var (next, refusal) = Certification.Certificates.CertificateStatusChange.Decide(status, action);
        Assert.Null(next);
        Assert.Contains(reason, refusal);
    }
}
