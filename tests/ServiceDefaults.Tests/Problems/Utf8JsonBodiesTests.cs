using System.Net;
using System.Text;
using System.Text.Json;
using CarbonPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CarbonPlatform.ServiceDefaults.Tests.Problems;

/// <summary>A JSON body is checked for UTF-8 before any endpoint runs, and the endpoint reads the very bytes that were checked
/// (bound as a JsonElement, or as a <see cref="JsonBody"/> it reads token by token); a body an endpoint cannot read is
/// answered as the platform answers any unreadable body.</summary>
public sealed class Utf8JsonBodiesTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddPlatformProblemDetails();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        _app = builder.Build();
        _app.UseExceptionHandler();
        _app.UseUtf8JsonBodies();
        _app.MapPost("/strings", (JsonBody body) => Results.Json(body.Read(Strings)));
        _app.MapPost("/echo", (JsonElement body) => Results.Json(new { lines = body.GetProperty("lines").GetArrayLength(), last = body.GetProperty("lines")[body.GetProperty("lines").GetArrayLength() - 1].GetString() }));
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(byte[] body) =>
        _client.PostAsync("/echo", new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } });

    [Fact]
    public async Task A_body_of_a_megabyte_reaches_the_endpoint_whole()
    {
        var lines = Enumerable.Range(0, 40_000).Select(i => $"行 {i} 电力").ToArray();
        var body = JsonSerializer.SerializeToUtf8Bytes(new { lines });
        Assert.True(body.Length > 1_000_000, $"{body.Length} bytes");

        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(40_000, echo.GetProperty("lines").GetInt32());
        Assert.Equal("行 39999 电力", echo.GetProperty("last").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_utf8_is_refused_naming_the_byte()
    {
        var body = Encoding.UTF8.GetBytes("{\"lines\":[\"abc");
        body = [.. body, 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"]}")]; // 0xC3 must be followed by a continuation byte

        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var error = problem.GetProperty("errors")[0];
        Assert.Equal("invalid-utf8", error.GetProperty("code").GetString());
        Assert.StartsWith("Byte 14 ", error.GetProperty("message").GetString());
    }

    private static string[] Strings(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        var strings = new List<string>();
        while (reader.Read())
            if (reader.TokenType == JsonTokenType.String) strings.Add(reader.GetString()!);
        return [.. strings];
    }

    private Task<HttpResponseMessage> PostStringsAsync(byte[] body, string contentType = "application/json") =>
        _client.PostAsync("/strings", new ByteArrayContent(body) { Headers = { ContentType = new(contentType) } });

    private static async Task<JsonElement> FirstErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
    }

    [Fact]
    public async Task A_body_of_a_megabyte_is_read_whole_token_by_token()
    {
        var strings = Enumerable.Range(0, 40_000).Select(i => $"行 {i} 电力").ToArray();
        var body = JsonSerializer.SerializeToUtf8Bytes(strings);
        Assert.True(body.Length > 500_000, $"{body.Length} bytes");

        using var response = await PostStringsAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(strings, JsonSerializer.Deserialize<string[]>(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Malformed_json_is_a_400_named_malformed_json()
    {
        using var response = await PostStringsAsync(Encoding.UTF8.GetBytes("""["a", "b" """));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("malformed-json", (await FirstErrorAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_declared_json_is_a_415()
    {
        using var response = await PostStringsAsync(Encoding.UTF8.GetBytes("""["a"]"""), "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("body", (await FirstErrorAsync(response)).GetProperty("field").GetString());
    }

    [Fact]
    public async Task An_empty_body_is_a_400_that_says_so()
    {
        using var response = await PostStringsAsync([]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no body", (await FirstErrorAsync(response)).GetProperty("message").GetString());
    }
}
