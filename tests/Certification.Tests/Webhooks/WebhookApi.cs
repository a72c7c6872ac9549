using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WireMock.Logging;

namespace CarbonPlatform.Certification.Tests.Webhooks;

/// <summary>The webhook endpoints as the tests call them, and waiting for the dispatcher with a bounded timeout.</summary>
public static class WebhookApi
{
    public sealed record Created(Guid Id, string Secret, JsonElement Body);

    public static async Task<Created> SubscribeAsync(this HttpClient body, string url, params string[] events)
    {
        var response = await body.PostAsJsonAsync("/api/v1/webhook-subscriptions", new { url, events = events.Length > 0 ? events : null });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"expected 201, got {(int)response.StatusCode}: {text}");
        var json = JsonDocument.Parse(text).RootElement.Clone();
        return new Created(json.GetProperty("id").GetGuid(), json.GetProperty("secret").GetString()!, json);
    }

    public static async Task<List<JsonElement>> DeliveriesAsync(this HttpClient caller, string query = "")
    {
        var response = await caller.GetAsync("/api/v1/webhook-deliveries" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().ToList();
    }

    /// <summary>The subscription's single delivery once it has left <c>pending</c>.</summary>
    public static async Task<JsonElement> SettledDeliveryAsync(this HttpClient body, Guid subscriptionId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var delivery = Assert.Single(await body.DeliveriesAsync($"?subscriptionId={subscriptionId}"));
            if (delivery.GetProperty("status").GetString() != "pending") return delivery;
            Assert.True(DateTime.UtcNow < deadline, $"the delivery is still pending: {delivery}");
            await Task.Delay(50);
        }
    }

    public static string Header(this ILogEntry entry, string name) =>
        Assert.Single(entry.RequestMessage.Headers!, h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value.Single();

    public static string RawBody(this ILogEntry entry) => System.Text.Encoding.UTF8.GetString(entry.RequestMessage.BodyAsBytes!);

    public static int? Status(this ILogEntry entry) =>
        int.TryParse(entry.ResponseMessage.StatusCode?.ToString(), out var status) ? status : null;

    public static int[] AttemptStatusCodes(this JsonElement delivery) =>
        delivery.GetProperty("attempts").EnumerateArray().Select(a => a.GetProperty("statusCode").GetInt32()).ToArray();
}
