using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.ServiceDefaults.Concurrency;

/// <summary>
/// ETag and If-Match on resources that change (RFC 9110 §13.1.1). The tag is the resource's concurrency version, so a
/// client's If-Match is checked against what it read, and a change that slips in between the check and the write fails
/// on the version token in the UPDATE itself (answered 412 as well, see the concurrency handler).
/// </summary>
public static class EntityTags
{
    public static string Of(Guid version) => Of(version.ToString("N"));

    public static string Of(string opaque) => $"\"{opaque}\"";

    public static void SetEntityTag(this HttpContext http, Guid version) => http.Response.Headers.ETag = Of(version);

    public static void SetEntityTag(this HttpContext http, string opaque) => http.Response.Headers.ETag = Of(opaque);

    public static bool HasIfMatch(this HttpRequest request) => request.Headers.IfMatch.Count > 0;

    /// <summary>
    /// Whether the request's If-Match (when it has one) fails for the resource's current tag: then the 412 to answer.
    /// Strong comparison: a weak tag never matches; * matches any current resource.
    /// </summary>
    public static bool IfMatchFails(this HttpContext http, string currentTag, out IResult problem)
    {
        problem = Results.Empty;
        if (!http.Request.HasIfMatch()) return false;
        if (!EntityTagHeaderValue.TryParseList([.. http.Request.Headers.IfMatch.OfType<string>()], out var tags) || tags is null)
        {
            problem = Problems.Problems.Invalid("If-Match", "invalid-if-match", "If-Match must be * or a list of quoted entity tags (an ETag this API answered).");
            return true;
        }
        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || (!t.IsWeak && t.Tag.Equals(currentTag, StringComparison.Ordinal)))) return false;
        problem = PreconditionFailed();
        return true;
    }

    public static bool IfMatchFails(this HttpContext http, Guid version, out IResult problem) => http.IfMatchFails(Of(version), out problem);

    public static IResult PreconditionFailed() => Problems.Problems.WithErrors(StatusCodes.Status412PreconditionFailed,
        "The resource changed since it was read.",
        [new InputError(null, "If-Match", "stale-version", "The resource changed since this ETag was read; read it again and retry if the change still applies.")]);
}
