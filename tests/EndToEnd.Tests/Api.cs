using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests;

/// <summary>Small helpers for calling the API and reading JSON answers.</summary>
public static class Api
{
    public static async Task<JsonElement> SendAsync(this HttpClient http, HttpMethod method, string path, object? body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {path}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Contract.ContractSchemas.Check(method, path, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, text);
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Task<JsonElement> PostAsync(this HttpClient http, string path, object body, HttpStatusCode expected = HttpStatusCode.Created) =>
        http.SendAsync(HttpMethod.Post, path, body, expected);

    public static Task<JsonElement> GetJsonAsync(this HttpClient http, string path, HttpStatusCode expected = HttpStatusCode.OK) =>
        http.SendAsync(HttpMethod.Get, path, null, expected);

    /// <summary>Polls until <paramref name="done"/> holds for a 200 answer; fails with the last answer when time runs out.</summary>
    public static async Task<JsonElement> EventuallyAsync(this HttpClient http, string path, Func<JsonElement, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            using var response = await http.GetAsync(path);
            last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            if (response.StatusCode == HttpStatusCode.OK)
            {
                Contract.ContractSchemas.Check(HttpMethod.Get, path, 200, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
                var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
                if (done(json)) return json;
            }
            await Task.Delay(250);
        }
        Assert.Fail($"GET {path} did not reach the expected state in time; last answer: {last}");
        return default;
    }

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;
    public static double Num(this JsonElement e, string name) => e.GetProperty(name).GetDouble();
}

public static class EventualStatus
{
    /// <summary>Polls until GET answers <paramref name="expected"/>: for access that ends by event.</summary>
    public static async Task EventuallyStatusAsync(this HttpClient http, string path, HttpStatusCode expected, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        HttpStatusCode last = default;
        while (DateTime.UtcNow < deadline)
        {
            using var response = await http.GetAsync(path);
            if ((last = response.StatusCode) == expected) return;
            await Task.Delay(250);
        }
        Assert.Fail($"GET {path} answered {(int)last}, not {(int)expected}, when time ran out.");
    }
}
