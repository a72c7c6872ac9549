using System.Net;
using System.Security.Cryptography;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Portal;

/// <summary>
/// A park that requires approval, with one enterprise (its own source and a data-entry person) and the operator's
/// administrator and data reviewer: the enterprise submits, the operator approves in the portal.
/// </summary>
public sealed class PortalApprovalWorld(PlatformFixture platform) : IAsyncLifetime
{
    public Browser Browser { get; } = new();
    public string PortalUrl => platform.Gateway.BaseAddress!.ToString().TrimEnd('/');
    public string Suffix { get; } = RandomNumberGenerator.GetHexString(6, lowercase: true);
    public string Park { get; private set; } = "";
    public string Source { get; private set; } = "";
    public string SourceName => $"2# 配电房 {Suffix}";
    public Person OperatorAdmin { get; private set; } = null!;
    public Person DataReviewer { get; private set; } = null!;
    public Person EnterpriseEntry { get; private set; } = null!;
    public string EnterpriseOrganization { get; private set; } = "";
    public Task<HttpClient> AdminAsync() => platform.AdminAsync();

    public async Task InitializeAsync()
    {
        await Browser.InitializeAsync();
        using var admin = await platform.AdminAsync();
        var operatorTenant = await Tenants.CreateAsync(admin, "park-operator", $"审批运营方 {Suffix}", "320500");
        Park = await Tenants.ParkAsync(admin, operatorTenant, $"苏州审批示范园 {Suffix}", "320571");
        var enterprise = await admin.PostAsync($"/api/v1/parks/{Park}/enterprises", new { name = $"审批企业 {Suffix}", keyEnergyUser = false });
        Source = (await admin.PostAsync($"/api/v1/parks/{Park}/emission-sources", new
        {
            enterpriseId = enterprise.Str("id"), name = SourceName, kind = "purchased-electricity", unit = "MWh", metered = false,
        })).Str("id");
        var enterpriseOrg = await admin.PostAsync("/api/v1/organizations",
            new { name = $"审批企业 {Suffix}", kind = "enterprise", parkId = Park, enterpriseId = enterprise.Str("id") });
        EnterpriseOrganization = enterpriseOrg.Str("id");
        await admin.SendAsync(HttpMethod.Put, $"/api/v1/parks/{Park}/settings", new { approvalRequired = true }, HttpStatusCode.OK);
        OperatorAdmin = await PortalPeople.CreateAsync(admin, operatorTenant, "approval-admin", "operator-admin");
        DataReviewer = await PortalPeople.CreateAsync(admin, operatorTenant, "data-reviewer", "operator-reviewer");
        EnterpriseEntry = await PortalPeople.CreateAsync(admin, new Tenant(enterpriseOrg.Str("id"), "", ""), "enterprise-entry", "enterprise-data-entry");
    }

    public Task DisposeAsync() => Browser.DisposeAsync();
}
