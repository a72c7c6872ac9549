using System.Security.Claims;
using CarbonPlatform.BuildingBlocks.AccessLog;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace CarbonPlatform.BuildingBlocks.Tests.AccessLog;

/// <summary>Which finished requests the access log notes, and what it keeps of them.</summary>
public sealed class ParkReadRecordingTests
{
    private const string InventoryRoute = "/api/v1/parks/{parkId:guid}/inventories/{year:int}";
    private static readonly Guid Park = Guid.NewGuid();
    private static readonly Guid Authority = Guid.NewGuid();
    private static readonly DateTimeOffset At = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

    private static HttpContext Request(string method = "GET", int status = 200, string route = InventoryRoute, bool excluded = false,
        bool authenticated = true)
    {
        var builder = new RouteEndpointBuilder(_ => Task.CompletedTask, RoutePatternFactory.Parse(route), 0);
        if (excluded) new Conventions(builder).ExcludeFromAccessLog();
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.QueryString = new QueryString("?method=cers-2025&token=secret");
        context.Response.StatusCode = status;
        context.SetEndpoint(builder.Build());
        if (route.Contains("{parkId")) context.Request.RouteValues["parkId"] = Park.ToString();
        Claim[] claims =
        [
            new("sub", "jiangsu-client"), new("client_id", "jiangsu-client"), new("org_id", Authority.ToString()),
            new("org_kind", "regional-authority"), new("region_code", "320000"), new("role", "authority-viewer"),
        ];
        context.User = new ClaimsPrincipal(new ClaimsIdentity(claims, authenticated ? "Bearer" : null));
        return context;
    }

    [Fact]
    public void A_successful_read_of_a_park_route_is_noted_with_the_caller_its_organisation_and_the_route_template()
    {
        var read = ParkReads.Of(Request(), At);

        Assert.NotNull(read);
        Assert.Equal(Park, read.ParkId);
        Assert.Equal("jiangsu-client", read.Subject);
        Assert.Equal("jiangsu-client", read.ClientId);
        Assert.Equal(Authority, read.OrganizationId);
        Assert.Equal("regional-authority", read.OrganizationKind);
        Assert.Equal(InventoryRoute, read.Route); // the template: neither the park id nor the query string
        Assert.Equal(At, read.ReadAt);
    }

    [Theory]
    [InlineData("POST", 200)]
    [InlineData("GET", 404)]
    [InlineData("GET", 403)]
    [InlineData("GET", 304)]
    public void A_write_or_a_refused_read_is_not_noted(string method, int status) =>
        Assert.Null(ParkReads.Of(Request(method, status), At));

    [Fact]
    public void A_read_of_an_endpoint_excluded_from_the_log_is_not_noted() =>
        Assert.Null(ParkReads.Of(Request(excluded: true), At));

    [Fact]
    public void A_read_without_a_park_is_not_noted_unless_the_handler_names_the_park()
    {
        var unnamed = Request(route: "/api/v1/evaluation-reports/{evaluationId:guid}");
        var named = Request(route: "/api/v1/evaluation-reports/{evaluationId:guid}");
        named.NoteParkRead(Park);

        Assert.Null(ParkReads.Of(unnamed, At));
        Assert.Equal(Park, ParkReads.Of(named, At)?.ParkId);
    }

    [Fact]
    public void An_anonymous_read_is_not_noted() =>
        Assert.Null(ParkReads.Of(Request(authenticated: false), At));

    private sealed class Conventions(EndpointBuilder endpoint) : IEndpointConventionBuilder
    {
        public void Add(Action<EndpointBuilder> convention) => convention(endpoint);
    }
}
