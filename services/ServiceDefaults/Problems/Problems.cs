using Microsoft.AspNetCore.Http;

namespace CarbonPlatform.ServiceDefaults.Problems;

/// <summary>RFC 9457 problem results with the platform's <c>errors</c> array.</summary>
public static class Problems
{
    public static IResult Invalid(IEnumerable<InputError> errors, string title = "The request is invalid.") =>
        WithErrors(StatusCodes.Status400BadRequest, title, errors);

    public static IResult Invalid(string field, string code, string message, string? line = null) =>
        Invalid([new InputError(line, field, code, message)]);

    public static IResult Conflict(string field, string code, string message, string? line = null) =>
        WithErrors(StatusCodes.Status409Conflict, "The request conflicts with the current state.", [new InputError(line, field, code, message)]);

    public static IResult Forbidden(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.", detail: detail);

    public static IResult NotFound(string what) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: $"{what} does not exist or is not visible to the caller.");

    public static IResult WithErrors(int status, string title, IEnumerable<InputError> errors) =>
        Results.Problem(statusCode: status, title: title, extensions: new Dictionary<string, object?>
        {
            ["errors"] = errors.Select(e => new { line = e.Line, field = e.Field, code = e.Code, message = e.Message }).ToArray(),
        });
}
