using System.Diagnostics.CodeAnalysis;
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
    /// Whether the request's If-Match (when it has one) fails for the resource's current tag: then the refusal to answer
    /// (stale, or invalid when the header is not a list of entity tags). Strong comparison: a weak tag never matches; *
    /// matches any current resource.
    /// </summary>
    public static bool IfMatchFails(this HttpContext http, string currentTag, [NotNullWhen(true)] out Refusal? refusal)
    {
        refusal = null;
        if (!http.Request.HasIfMatch()) return false;
        if (!EntityTagHeaderValue.TryParseList([.. http.Request.Headers.IfMatch.OfType<string>()], out var tags) || tags is null)
        {
            refusal = Refusal.Invalid("If-Match", "invalid-if-match", "If-Match must be * or a list of quoted entity tags (an ETag this API answered).");
            return true;
        }
        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || (!t.IsWeak && t.Tag.Equals(currentTag, StringComparison.Ordinal)))) return false;
        refusal = Stale;
        return true;
    }

    public static bool IfMatchFails(this HttpContext http, Guid version, [NotNullWhen(true)] out Refusal? refusal) =>
        http.IfMatchFails(Of(version), out refusal);

    public static Refusal Stale { get; } = new(RefusalKind.Stale, "The resource changed since it was read.", null,
        [new InputError(null, "If-Match", "stale-version", "The resource changed since this ETag was read; read it again and retry if the change still applies.")]);
}
