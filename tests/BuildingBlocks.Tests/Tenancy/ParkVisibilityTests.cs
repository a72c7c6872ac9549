using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.BuildingBlocks.Tenancy;

namespace CarbonPlatform.BuildingBlocks.Tests.Tenancy;

/// <summary>Who may read and write a park's data, for Suzhou Industrial Park run by one operator.</summary>
public sealed class ParkVisibilityTests
{
    private static readonly Guid SuzhouOperator = Guid.NewGuid();
    private static readonly ParkScope SuzhouPark = new(Guid.NewGuid(), "Suzhou Industrial Park", "320571", SuzhouOperator);

    private static Caller Caller(string kind, Guid? organization, string? region, params string[] roles) =>
        new("user-1", organization, kind, region, roles.ToHashSet());

    private static Caller Operator(Guid organization, string role) => Caller(OrganizationKinds.ParkOperator, organization, null, role);

    private static Caller Authority(string region) =>
        Caller(OrganizationKinds.RegionalAuthority, Guid.NewGuid(), region, PlatformRoles.AuthorityViewer);

    private static (bool Read, bool Write) Access(Caller caller) =>
        (ParkVisibility.CanRead(caller, SuzhouPark), ParkVisibility.CanWrite(caller, SuzhouPark));

    [Fact]
    public void A_platform_admin_reads_and_writes_every_park() =>
        Assert.Equal((true, true), Access(Caller(OrganizationKinds.Platform, Guid.NewGuid(), null, PlatformRoles.PlatformAdmin)));

    [Theory]
    [InlineData(PlatformRoles.OperatorAdmin)]
    [InlineData(PlatformRoles.OperatorDataEntry)]
    public void The_operators_admins_and_data_entry_staff_read_and_write_its_park(string role) =>
        Assert.Equal((true, true), Access(Operator(SuzhouOperator, role)));

    [Fact]
    public void The_operators_viewers_read_but_do_not_write_its_park() =>
        Assert.Equal((true, false), Access(Operator(SuzhouOperator, PlatformRoles.OperatorViewer)));

    [Fact]
    public void The_operators_reviewers_read_but_do_not_write_its_park() =>
        Assert.Equal((true, false), Access(Operator(SuzhouOperator, PlatformRoles.OperatorReviewer)));

    [Theory]
    [InlineData(PlatformRoles.EnterpriseDataEntry)]
    [InlineData(PlatformRoles.EnterpriseViewer)]
    public void An_enterprise_of_the_park_neither_reads_nor_writes_the_parks_totals(string role)
    {
        var enterprise = Caller(OrganizationKinds.Enterprise, Guid.NewGuid(), null, role) with { ParkId = SuzhouPark.ParkId, EnterpriseId = Guid.NewGuid() };

        Assert.True(enterprise.IsEnterprise);
        Assert.Equal((false, false), Access(enterprise));
    }

    [Fact]
    public void An_enterprise_its_operator_granted_reads_the_park_s_totals_and_still_neither_its_data_nor_another_park_s_totals()
    {
        var organization = Guid.NewGuid();
        var enterprise = Caller(OrganizationKinds.Enterprise, organization, null, PlatformRoles.EnterpriseViewer) with { ParkId = SuzhouPark.ParkId, EnterpriseId = Guid.NewGuid() };
        var granted = SuzhouPark with { TotalsReaders = new HashSet<Guid> { organization } };
        var elsewhere = new ParkScope(Guid.NewGuid(), "Kunshan Park", "320583", SuzhouOperator) { TotalsReaders = new HashSet<Guid> { organization } };

        Assert.False(ParkVisibility.CanReadTotals(enterprise, SuzhouPark));
        Assert.True(ParkVisibility.CanReadTotals(enterprise, granted));
        Assert.False(ParkVisibility.CanRead(enterprise, granted));
        Assert.False(ParkVisibility.CanReadTotals(enterprise, elsewhere));
        Assert.True(ParkVisibility.CanReadTotals(Operator(SuzhouOperator, PlatformRoles.OperatorViewer), SuzhouPark));
    }

    [Fact]
    public void An_enterprise_token_without_its_park_and_enterprise_is_no_enterprise_caller() =>
        Assert.False(Caller(OrganizationKinds.Enterprise, Guid.NewGuid(), null, PlatformRoles.EnterpriseDataEntry).IsEnterprise);

    [Theory]
    [InlineData(PlatformRoles.OperatorAdmin)]
    [InlineData(PlatformRoles.OperatorDataEntry)]
    [InlineData(PlatformRoles.OperatorViewer)]
    public void Another_operator_neither_reads_nor_writes_the_park(string role) =>
        Assert.Equal((false, false), Access(Operator(Guid.NewGuid(), role)));

    [Fact]
    public void An_operator_token_without_an_organisation_neither_reads_nor_writes() =>
        Assert.Equal((false, false), Access(Caller(OrganizationKinds.ParkOperator, null, null, PlatformRoles.OperatorAdmin)));

    [Theory]
    [InlineData("320000")] // Jiangsu province
    [InlineData("320500")] // Suzhou city
    [InlineData("320571")] // the park's own county-level code
    public void An_authority_over_the_parks_region_reads_but_does_not_write(string region) =>
        Assert.Equal((true, false), Access(Authority(region)));

    [Theory]
    [InlineData("320100")] // Nanjing
    [InlineData("330000")] // Zhejiang
    public void An_authority_elsewhere_neither_reads_nor_writes(string region) =>
        Assert.Equal((false, false), Access(Authority(region)));

    [Fact]
    public void An_authority_whose_token_has_no_region_neither_reads_nor_writes() =>
        Assert.Equal((false, false), Access(Caller(OrganizationKinds.RegionalAuthority, Guid.NewGuid(), null, PlatformRoles.AuthorityViewer)));

    [Fact]
    public void A_certification_body_has_no_direct_access_to_parks() =>
        Assert.Equal((false, false), Access(Caller(OrganizationKinds.CertificationBody, SuzhouOperator, "320000", PlatformRoles.CertificationReviewer)));
}
