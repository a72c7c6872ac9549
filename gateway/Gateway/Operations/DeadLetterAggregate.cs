using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CarbonPlatform.ServiceDefaults.Problems;
using Microsoft.Net.Http.Headers;
using Yarp.ReverseProxy.Configuration;

namespace CarbonPlatform.Gateway.Operations;

/// <summary>
/// <c>GET /api/v1/operations/dead-letters</c>: every service's own list, asked over HTTP with the caller's token (each
/// service checks the token and the role itself, so its 401 or 403 is the answer), newest failure first. The cursor holds each service's own cursor, so a page is at
/// most <c>limit</c> rows of each service; a service that did not answer is named in <c>unavailable</c>, not hidden.
/// Which clusters keep dead letters is their <c>DeadLetters</c> metadata.
/// </summary>
public static class DeadLetterAggregate
{
    public const string ClientName = "dead-letters";

    public static RouteHandlerBuilder MapDeadLetterAggregate(this WebApplication app) =>
        app.MapGet("/api/v1/operations/dead-letters", List).RequireAuthorization(); // the services decide: revoked tokens 401, roles 403

    private static async Task<IResult> List(HttpContext http, string? status, int? limit, string? cursor, IProxyConfigProvider proxy,
        IHttpClientFactory clients, CancellationToken ct)
    {
        if (!TryReadCursor(cursor, out var cursors))
            return Problems.Invalid("cursor", "invalid-cursor", "cursor must be a nextCursor this list answered, unchanged.");
        var services = proxy.GetConfig().Clusters.Where(c => c.Metadata?.GetValueOrDefault("DeadLetters") == "true")
            .Where(c => cursors is null || cursors.ContainsKey(c.ClusterId)).ToList();
        var client = clients.CreateClient(ClientName);
        var answers = await Task.WhenAll(services.Select(c => AskAsync(client, c, http, status, limit, cursors?.GetValueOrDefault(c.ClusterId), ct)));
        if (answers.FirstOrDefault(a => a.Status is >= 400 and < 500) is { } refused)
            return Results.Content(refused.Body, "application/problem+json", statusCode: refused.Status);
        var items = answers.Where(a => a.Page is not null).SelectMany(a => a.Page!["items"]!.AsArray().Select(i => i!.DeepClone()))
            .OrderByDescending(i => i["lastFailedAt"]!.GetValue<DateTime>()).ToList();
        var next = answers.Where(a => a.Page?["nextCursor"]?.GetValue<string>() is not null)
            .ToDictionary(a => a.Service, a => a.Page!["nextCursor"]!.GetValue<string>());
        return TypedResults.Ok(new
        {
            items,
            nextCursor = next.Count == 0 ? null : Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(next)),
            unavailable = answers.Where(a => a.Page is null).Select(a => a.Service).ToList(),
        });
    }

    private sealed record Answer(string Service, int Status, string Body, JsonObject? Page);

    private static async Task<Answer> AskAsync(HttpClient client, ClusterConfig cluster, HttpContext http, string? status, int? limit,
        string? cursor, CancellationToken ct)
    {
        var query = QueryString.Empty;
        if (status is not null) query = query.Add("status", status);
        if (limit is not null) query = query.Add("limit", limit.Value.ToString());
        if (cursor is not null) query = query.Add("cursor", cursor);
        var address = cluster.Destinations!.Values.First().Address.TrimEnd('/') + "/api/v1/operations/dead-letters" + query;
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.TryAddWithoutValidation(HeaderNames.Authorization, http.Request.Headers.Authorization.ToString());
        try
        {
            using var response = await client.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            return response.IsSuccessStatusCode
                ? new Answer(cluster.ClusterId, (int)response.StatusCode, body, JsonNode.Parse(body)!.AsObject())
                : new Answer(cluster.ClusterId, (int)response.StatusCode, body, null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            return new Answer(cluster.ClusterId, 502, e.Message, null);
        }
    }

    private static bool TryReadCursor(string? cursor, out Dictionary<string, string>? cursors)
    {
        cursors = null;
        if (string.IsNullOrEmpty(cursor)) return true;
        try { cursors = JsonSerializer.Deserialize<Dictionary<string, string>>(Base64Url.DecodeFromChars(cursor)); }
        catch (Exception e) when (e is FormatException or JsonException) { return false; }
        return cursors is not null;
    }
}
