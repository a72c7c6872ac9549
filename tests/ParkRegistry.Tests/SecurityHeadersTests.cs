using System.Net;
using CarbonPlatform.Testing;
using CarbonPlatform.ParkRegistry.Tests.Support;

namespace CarbonPlatform.ParkRegistry.Tests;

[Collection(nameof(PlatformCollection))]
public sealed class SecurityHeadersTests(Platform platform)
{
    public static TheoryData<string, bool, HttpStatusCode> Answers => new()
    {
        { "/api/v1/parks", true, HttpStatusCode.OK },
        { $"/api/v1/parks/{Guid.NewGuid()}", true, HttpStatusCode.NotFound },
        { "/api/v1/parks", false, HttpStatusCode.Unauthorized },
        { "/health/live", false, HttpStatusCode.OK },
        { "/openapi/v1.json", false, HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Every_answer_tells_browsers_not_to_sniff_its_type_and_to_send_no_referrer(string path, bool withToken, HttpStatusCode status)
    {
        var client = withToken ? platform.RegistryAs(Callers.PlatformAdmin()) : platform.Registry.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        AssertHeaders(response);
    }

    /// <summary>The exception handler clears a response's headers before it writes the problem: they are set again.</summary>
    [Fact]
    public async Task A_problem_written_by_the_exception_handler_carries_them_too()
    {
        var admin = platform.RegistryAs(Callers.PlatformAdmin());

        using var response = await admin.PostAsync("/api/v1/parks", new StringContent("{\"name\":", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertHeaders(response);
    }

    private static void AssertHeaders(HttpResponseMessage response)
    {
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(["no-referrer"], response.Headers.GetValues("Referrer-Policy"));
    }
}
