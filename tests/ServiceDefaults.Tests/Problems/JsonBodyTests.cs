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

/// <summary>An endpoint that reads its body token by token gets the bytes the UTF-8 check read, and a body it cannot
/// read is answered as the platform answers any unreadable body.</summary>
public sealed class JsonBodyTests : IAsyncLifetime
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
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    private static string[] Strings(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        var strings = new List<string>();
        while (reader.Read())
            if (reader.TokenType == JsonTokenType.String) strings.Add(reader.GetString()!);
        return [.. strings];
    }

    private Task<HttpResponseMessage> PostAsync(byte[] body, string contentType = "application/json") =>
        _client.PostAsync("/strings", new ByteArrayContent(body) { Headers = { ContentType = new(contentType) } });

    private static async Task<JsonElement> FirstErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
    }

    [Fact]
    public async Task A_body_of_a_megabyte_is_read_whole()
    {
        var strings = Enumerable.Range(0, 40_000).Select(i => $"行 {i} 电力").ToArray();
        var body = JsonSerializer.SerializeToUtf8Bytes(strings);
        Assert.True(body.Length > 500_000, $"{body.Length} bytes");

        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(strings, JsonSerializer.Deserialize<string[]>(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Malformed_json_is_a_400_named_malformed_json()
    {
        using var response = await PostAsync(Encoding.UTF8.GetBytes("""["a", "b" """));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("malformed-json", (await FirstErrorAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_declared_json_is_a_415()
    {
        using var response = await PostAsync(Encoding.UTF8.GetBytes("""["a"]"""), "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("body", (await FirstErrorAsync(response)).GetProperty("field").GetString());
    }

    [Fact]
    public async Task An_empty_body_is_a_400_that_says_so()
    {
        using var response = await PostAsync([]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no body", (await FirstErrorAsync(response)).GetProperty("message").GetString());
    }
}
