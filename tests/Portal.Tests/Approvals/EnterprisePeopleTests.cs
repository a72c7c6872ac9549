using System.Security.Claims;
using CarbonPlatform.Portal.Approvals;
using CarbonPlatform.Portal.Platform;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace CarbonPlatform.Portal.Tests.Approvals;

/// <summary>Who the portal treats as an enterprise, and as a checker of a park's submissions.</summary>
public sealed class EnterprisePeopleTests
{
    private static readonly Guid Operator = Guid.NewGuid();
    private static readonly ParkView Park = new(Guid.NewGuid(), "示范园", "320571", Operator, "building");

    private static PortalUser Person(string kind, string role, Guid? park = null, Guid? enterprise = null, Guid? organisation = null)
    {
        var claims = new List<Claim> { new("org_kind", kind), new("role", role), new("org_id", (organisation ?? Operator).ToString()) };
        if (park is { } p) claims.Add(new("park_id", p.ToString()));
        if (enterprise is { } e) claims.Add(new("enterprise_id", e.ToString()));
        var http = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, "test")) };
        return new PortalUser(new OneContext(http));
    }

    // HttpContextAccessor keeps one context per async flow: each person here needs their own.
    private sealed class OneContext(HttpContext context) : IHttpContextAccessor
    {
        public HttpContext? HttpContext { get => context; set { } }
    }

    [Fact]
    public void An_enterprise_is_one_whose_token_names_its_park_and_enterprise_and_only_data_entry_may_enter()
    {
        var entry = Person("enterprise", "enterprise-data-entry", Park.Id, Guid.NewGuid(), Guid.NewGuid());
        var viewer = Person("enterprise", "enterprise-viewer", Park.Id, Guid.NewGuid(), Guid.NewGuid());
        var incomplete = Person("enterprise", "enterprise-data-entry", Park.Id, null, Guid.NewGuid());

        Assert.Equal((true, true, Park.Id), (entry.IsEnterprise, entry.MayEnterAsEnterprise, entry.ParkId!.Value));
        Assert.Equal((true, false), (viewer.IsEnterprise, viewer.MayEnterAsEnterprise));
        Assert.False(incomplete.IsEnterprise);
        Assert.False(entry.MayApproveFor(Park));
    }

    [Theory]
    [InlineData("operator-admin", true)]
    [InlineData("operator-reviewer", true)]
    [InlineData("operator-data-entry", false)]
    [InlineData("operator-viewer", false)]
    public void Only_the_operators_administrators_and_reviewers_see_the_approval_queue(string role, bool may)
    {
        Assert.Equal(may, Person("park-operator", role).MayApproveFor(Park));
        Assert.False(Person("park-operator", role, organisation: Guid.NewGuid()).MayApproveFor(Park));
    }

    [Fact]
    public void An_entered_lines_id_names_its_source_year_and_month_so_a_month_entered_twice_is_the_same_line()
    {
        var source = Guid.Parse("5d3f1c2a-0b9e-4d7a-9c1e-2f4b6a8d0e13");

        Assert.Equal("ent-5d3f1c2a0b9e4d7a9c1e2f4b6a8d0e13-2024-03", EnterpriseLines.Id(source, 2024, 3));
        Assert.Equal("ent-5d3f1c2a0b9e4d7a9c1e2f4b6a8d0e13-2024", EnterpriseLines.Id(source, 2024, null));
    }
}
