using CarbonPlatform.Domain.Requests;
using Microsoft.AspNetCore.Http;

namespace CarbonPlatform.ServiceDefaults.Problems;

/// <summary>RFC 9457 problem results with the platform's <c>errors</c> array. <see cref="ToProblem"/> is the one mapping
/// from a rule's <see cref="Refusal"/> to a response; the shorthands below build a refusal and map it.</summary>
public static class Problems
{
    public static IResult ToProblem(this Refusal refusal) => refusal.Detail is { } detail
        ? Results.Problem(statusCode: StatusOf(refusal.Kind), title: refusal.Title, detail: detail)
        : WithErrors(StatusOf(refusal.Kind), refusal.Title, refusal.Errors);

    public static int StatusOf(RefusalKind kind) => kind switch
    {
        RefusalKind.Invalid => StatusCodes.Status400BadRequest,
        RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        RefusalKind.Conflict or RefusalKind.Locked => StatusCodes.Status409Conflict,
        RefusalKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        RefusalKind.Stale => StatusCodes.Status412PreconditionFailed,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A refusal kind without a status."),
    };

    public static IResult Invalid(IEnumerable<InputError> errors, string title = Refusal.InvalidTitle) =>
        Refusal.Invalid([.. errors], title).ToProblem();

    public static IResult Invalid(string field, string code, string message, string? line = null) =>
        Refusal.Invalid(field, code, message, line).ToProblem();

    public static IResult Conflict(string field, string code, string message, string? line = null) =>
        Refusal.Conflict(field, code, message, line).ToProblem();

    public static IResult Forbidden(string detail) => Refusal.Forbidden(detail).ToProblem();

    public static IResult NotFound(string what) => Refusal.NotFound(what).ToProblem();

    public static IResult WithErrors(int status, string title, IEnumerable<InputError> errors) =>
        Results.Problem(statusCode: status, title: title, extensions: new Dictionary<string, object?>
        {
            ["errors"] = errors.Select(e => new { line = e.Line, field = e.Field, code = e.Code, message = e.Message }).ToArray(),
        });
}
