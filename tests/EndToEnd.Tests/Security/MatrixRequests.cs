using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace CarbonPlatform.EndToEnd.Tests.Security;

/// <summary>One request of the matrix, as sent, and what came back.</summary>
public sealed record MatrixAnswer(string Request, string SentText, HttpStatusCode Status, string Body);

/// <summary>Turns a catalogue entry into a real request from a given caller, and reads answers for tenant A's identifiers.</summary>
public static partial class MatrixRequests
{
    public static async Task<MatrixAnswer> SendAsync(HttpClient gateway, SecurityWorld world, Endpoint endpoint, Caller caller)
    {
        var path = Fill(endpoint.Path, world);
        var text = endpoint.Body is null ? null : Fill(endpoint.Body, world);
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), path) { Content = Content(endpoint.BodyKind, text) };
        if (world.TokenFor(caller, endpoint.Service) is { } token) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await gateway.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new MatrixAnswer($"{caller}: {endpoint.Method} {path}", path + "\n" + text, response.StatusCode, body);
    }

    /// <summary>
    /// Tenant A's identifiers found in an answer, leaving out what the caller sent itself (a refusal may name the path it
    /// refuses). JSON escapes (\u77E9…) are read back first so that a name in Chinese cannot slip through escaped.
    /// </summary>
    public static IReadOnlyList<string> Leaks(MatrixAnswer answer, SecurityWorld world)
    {
        var readable = JsonEscape().Replace(answer.Body, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
        return world.TenantAIdentifiers
            .Where(id => !answer.SentText.Contains(id.Value, StringComparison.OrdinalIgnoreCase))
            .Where(id => readable.Contains(id.Value, StringComparison.OrdinalIgnoreCase))
            .Select(id => id.Key)
            .ToList();
    }

    public static string Fill(string template, SecurityWorld world) =>
        Placeholder().Replace(template, m => m.Groups[1].Value switch
        {
            "unique" => Guid.NewGuid().ToString("N")[..10],
            var name when world.Values.TryGetValue(name, out var value) => value,
            var name => throw new InvalidOperationException($"the catalogue names {{{name}}}, which the world does not define"),
        });

    private static HttpContent? Content(BodyKind kind, string? text) => kind switch
    {
        BodyKind.None => null,
        BodyKind.Json => new StringContent(text!, Encoding.UTF8, "application/json"),
        BodyKind.Csv => new StringContent(text!, Encoding.UTF8, "text/csv"),
        BodyKind.Form => new StringContent(text!, Encoding.UTF8, "application/x-www-form-urlencoded"),
        BodyKind.Multipart => SecurityWorld.EvidenceForm("hostile.txt", text!),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>{name} where name is a word: the JSON bodies' own braces never match.</summary>
    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\\u([0-9A-Fa-f]{4})")]
    private static partial Regex JsonEscape();
}
