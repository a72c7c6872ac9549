using CarbonPlatform.Domain.Requests;
using CarbonPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CarbonPlatform.ServiceDefaults.Tests.Problems;

/// <summary>A rule's refusal answers exactly what the endpoints answered before refusals were records.</summary>
public class RefusalProblemTests
{
    [Fact]
    public async Task A_park_not_visible_is_the_404_it_always_was()
    {
        var (status, body) = await WriteAsync(Refusal.NotFound("The park").ToProblem());
        var (wasStatus, was) = await WriteAsync(Results.Problem(statusCode: 404, title: "Not found.",
            detail: "The park does not exist or is not visible to the caller."));
        Assert.Equal((404, was), (status, body));
        Assert.Equal(404, wasStatus);
    }

    [Fact]
    public async Task A_read_only_caller_is_refused_with_403_and_the_reason()
    {
        var (status, body) = await WriteAsync(Refusal.Forbidden("This caller may read the park's data but not change it.").ToProblem());
        var (_, was) = await WriteAsync(Results.Problem(statusCode: 403, title: "Forbidden.", detail: "This caller may read the park's data but not change it."));
        Assert.Equal((403, was), (status, body));
    }

    [Fact]
    public async Task Invalid_and_conflicting_requests_name_the_line_field_and_code()
    {
        var (invalid, invalidBody) = await WriteAsync(Refusal.Invalid("quantity", "invalid-number", "quantity is a number.", line: "l1").ToProblem());
        var (conflict, conflictBody) = await WriteAsync(Refusal.Conflict("year", "period-locked", "The period is locked.").ToProblem());
        Assert.Equal(400, invalid);
        Assert.Contains("\"title\":\"The request is invalid.\"", invalidBody);
        Assert.Contains("\"errors\":[{\"line\":\"l1\",\"field\":\"quantity\",\"code\":\"invalid-number\",\"message\":\"quantity is a number.\"}]", invalidBody);
        Assert.Equal(409, conflict);
        Assert.Contains("\"title\":\"The request conflicts with the current state.\"", conflictBody);
        Assert.Contains("\"line\":null,\"field\":\"year\",\"code\":\"period-locked\"", conflictBody);
    }

    [Fact]
    public async Task The_shorthands_answer_what_the_refusal_answers()
    {
        Assert.Equal(await WriteAsync(Refusal.Invalid("limit", "invalid-limit", "limit is from 1 to 100.").ToProblem()),
            await WriteAsync(CarbonPlatform.ServiceDefaults.Problems.Problems.Invalid("limit", "invalid-limit", "limit is from 1 to 100.")));
        Assert.Equal(await WriteAsync(Refusal.NotFound("The inventory").ToProblem()),
            await WriteAsync(CarbonPlatform.ServiceDefaults.Problems.Problems.NotFound("The inventory")));
    }

    private static async Task<(int Status, string Body)> WriteAsync(IResult result)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services, TraceIdentifier = "trace" };
        http.Response.Body = new MemoryStream();
        await result.ExecuteAsync(http);
        http.Response.Body.Position = 0;
        return (http.Response.StatusCode, await new StreamReader(http.Response.Body).ReadToEndAsync());
    }
}
