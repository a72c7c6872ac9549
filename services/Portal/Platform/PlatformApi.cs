using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CarbonPlatform.Portal.SignIn;
using Microsoft.AspNetCore.Authentication;

namespace CarbonPlatform.Portal.Platform;

/// <summary>An answer of the API: its status and either the body or the problem's errors.</summary>
public sealed record ApiAnswer(HttpStatusCode Status, JsonElement Body)
{
    public bool Succeeded => (int)Status is >= 200 and < 300;
    public IReadOnlyList<ApiError> Errors => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Array
        ? e.Deserialize<List<ApiError>>(PlatformApi.Json) ?? [] : [];
    public string? Title => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("title", out var t) ? t.GetString() : null;
    public T Read<T>() => Body.Deserialize<T>(PlatformApi.Json)!;
}

/// <summary>One page of a list as the API answers it.</summary>
public sealed record ApiPage<T>(List<T> Items, string? NextCursor);

public sealed record ApiError(string? Line, string? Field, string? Code, string? Message, int? Row = null, string? Column = null);

/// <summary>The public v1 API through the gateway, called with the signed-in person's access token.</summary>
public sealed class PlatformApi(HttpClient http, IHttpContextAccessor context)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<T?> GetAsync<T>(string path, CancellationToken ct = default) where T : class
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, path), ct);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden) return null;
        await EnsureAsync(response, ct);
        return await response.Content.ReadFromJsonAsync<T>(Json, ct);
    }

    /// <summary>Every item of a paged list, following nextCursor page by page (null when the list is not visible).</summary>
    public async Task<List<T>?> GetAllAsync<T>(string path, CancellationToken ct = default)
    {
        var all = new List<T>();
        string? cursor = null;
        do
        {
            var separator = path.Contains('?') ? '&' : '?';
            var page = await GetAsync<ApiPage<T>>(cursor is null ? $"{path}{separator}limit=1000" : $"{path}{separator}limit=1000&cursor={Uri.EscapeDataString(cursor)}", ct);
            if (page is null) return null;
            all.AddRange(page.Items);
            cursor = page.NextCursor;
        } while (cursor is not null);
        return all;
    }

    public Task<ApiAnswer> PostJsonAsync(string path, object body, CancellationToken ct = default) =>
        AnswerAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: Json) }, ct);

    public Task<ApiAnswer> PutJsonAsync(string path, object body, CancellationToken ct = default) =>
        AnswerAsync(new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body, options: Json) }, ct);

    /// <summary>A read whose refusal the page shows (a 409 naming what is missing) rather than fails on.</summary>
    public Task<ApiAnswer> GetAnswerAsync(string path, CancellationToken ct = default) =>
        AnswerAsync(new HttpRequestMessage(HttpMethod.Get, path), ct);

    public Task<ApiAnswer> PostFileAsync(string path, Stream file, string contentType, CancellationToken ct = default)
    {
        var content = new StreamContent(file);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return AnswerAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = content }, ct);
    }

    public async Task<byte[]> PostFileForDownloadAsync(string path, Stream file, string contentType, CancellationToken ct = default)
    {
        var content = new StreamContent(file);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = content }, ct);
        await EnsureAsync(response, ct);
        return await response.Content.ReadAsByteArrayAsync(ct);
    }

    /// <summary>A download passed through as it is (PDF, CSV, XLSX); the caller disposes it.</summary>
    public Task<HttpResponseMessage> DownloadAsync(string path, CancellationToken ct = default) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, path), ct, HttpCompletionOption.ResponseHeadersRead);

    private async Task<ApiAnswer> AnswerAsync(HttpRequestMessage request, CancellationToken ct)
    {
        using var response = await SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        var body = text.Length > 0 && (response.Content.Headers.ContentType?.MediaType?.Contains("json") ?? false)
            ? JsonDocument.Parse(text).RootElement.Clone() : default;
        return new ApiAnswer(response.StatusCode, body);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct,
        HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        var http0 = context.HttpContext ?? throw new InvalidOperationException("The API is called within a request.");
        var token = await http0.GetTokenAsync("access_token");
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using (request) return await http.SendAsync(request, completion, ct);
    }

    private static async Task EnsureAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode) return;
        throw new PlatformApiException(response.StatusCode, await response.Content.ReadAsStringAsync(ct));
    }
}

public sealed class PlatformApiException(HttpStatusCode status, string body)
    : Exception($"The platform answered {(int)status}: {body}")
{
    public HttpStatusCode Status { get; } = status;
}

public static class PlatformApiRegistration
{
    public static IHostApplicationBuilder AddPlatformApi(this IHostApplicationBuilder builder)
    {
        var gateway = builder.Configuration["Portal:Gateway"] ?? builder.Configuration["Portal:Issuer"]
            ?? throw new InvalidOperationException("Portal:Gateway is not configured.");
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddHttpClient<PlatformApi>(c =>
        {
            c.BaseAddress = new Uri(gateway.TrimEnd('/') + "/");
            c.Timeout = TimeSpan.FromMinutes(2);
        });
        builder.Services.AddHttpClient("token-refresh").ConfigurePrimaryHttpMessageHandler(() => InsideAddressHandler.From(builder.Configuration));
        return builder;
    }
}
