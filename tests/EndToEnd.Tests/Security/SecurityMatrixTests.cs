using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace CarbonPlatform.EndToEnd.Tests.Security;

/// <summary>Every v1 endpoint against every hostile caller, through the gateway, with real and forged tokens.</summary>
[Collection(SecurityPlatformCollection.Name)]
public sealed partial class SecurityMatrixTests(SecurityPlatformFixture security, ITestOutputHelper output)
{
    private SecurityWorld World => security.World;

    [Fact]
    public async Task Every_endpoint_refuses_each_hostile_caller_with_its_status_and_no_answer_names_tenant_A()
    {
        var cases = EndpointCatalogue.All.SelectMany(e => e.Cases.Select(c => (Endpoint: e, c.Caller, c.Expected))).ToList();
        var publicEndpoints = EndpointCatalogue.All.Where(e => e.IsPublic).ToList();
        var failures = new ConcurrentBag<string>();
        var answered = new ConcurrentBag<HttpStatusCode>();

        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (c, _) =>
        {
            var answer = await MatrixRequests.SendAsync(security.Platform.Gateway, World, c.Endpoint, c.Caller);
            answered.Add(answer.Status);
            if (answer.Status != c.Expected)
                failures.Add($"{answer.Request}: expected {(int)c.Expected}, got {(int)answer.Status} {Shorten(answer.Body)}");
            if (MatrixRequests.Leaks(answer, World) is { Count: > 0 } leaked)
                failures.Add($"{answer.Request}: the {(int)answer.Status} answer names tenant A's {string.Join(", ", leaked)}");
        });
        foreach (var endpoint in publicEndpoints)
        {
            var answer = await MatrixRequests.SendAsync(security.Platform.Gateway, World, endpoint, Caller.Anonymous);
            if (answer.Status != HttpStatusCode.OK)
                failures.Add($"public {answer.Request}: expected 200 without a token, got {(int)answer.Status} {Shorten(answer.Body)}");
        }

        output.WriteLine($"security matrix: {cases.Count + publicEndpoints.Count} cases "
            + $"({EndpointCatalogue.All.Count} endpoints, {publicEndpoints.Count} of them public; refusals and answers: "
            + string.Join(", ", answered.GroupBy(s => (int)s).OrderBy(g => g.Key).Select(g => $"{g.Count()}× {g.Key}")) + ")");
        Assert.True(failures.IsEmpty, $"{failures.Count} of {cases.Count + publicEndpoints.Count} cases failed:\n" + string.Join("\n", failures.Order()));
    }

    /// <summary>Controls: the matrix's refusals are due to the defect each caller carries, and its leak check sees a leak.</summary>
    [Fact]
    public async Task A_forged_token_differs_from_an_accepted_one_only_by_its_defect_and_the_leak_check_sees_tenant_A()
    {
        var park = $"/api/v1/parks/{World.ParkId}";
        Assert.Equal(HttpStatusCode.OK, await StatusWithTokenAsync(park, World.ResignedValidToken));
        Assert.Equal(HttpStatusCode.OK, await StatusWithTokenAsync(park, World.ParkRegistryOnlyToken));

        var own = await MatrixRequests.SendAsync(security.Platform.Gateway, World, new Endpoint("park-registry", "GET", "/api/v1/parks"), Caller.Viewer);
        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Contains("park id", MatrixRequests.Leaks(own, World));
        Assert.Contains("park name", MatrixRequests.Leaks(own, World));
    }

    private async Task<HttpStatusCode> StatusWithTokenAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await security.Platform.Gateway.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task The_catalogue_names_every_endpoint_of_the_merged_openapi_description()
    {
        var document = await security.Platform.Gateway.GetJsonAsync("/openapi/v1.json");
        var described = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {Shape(path.Name)}"))
            .Where(e => e.Contains(" /api/v1/", StringComparison.Ordinal))
            .ToHashSet();
        var catalogued = EndpointCatalogue.All.Select(e => $"{e.Method} {Shape(e.Path)}").ToHashSet();

        Assert.NotEmpty(described);
        Assert.Empty(described.Except(catalogued).Order());
    }

    /// <summary>The path without its query, every {placeholder} alike: /api/v1/parks/{}/ledger.</summary>
    private static string Shape(string path) => AnyPlaceholder().Replace(path.Split('?')[0].TrimEnd('/'), "{}");

    private static string Shorten(string body) => body.Length <= 200 ? body : body[..200] + "…";

    [GeneratedRegex(@"\{[^}/]+\}")]
    private static partial Regex AnyPlaceholder();
}
