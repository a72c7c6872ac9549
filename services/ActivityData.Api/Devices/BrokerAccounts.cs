using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace CarbonPlatform.ActivityData.Devices;

/// <summary>A device's account at the broker: it may connect and publish to its own readings topic, nothing else.</summary>
public interface IBrokerAccounts
{
    /// <summary>Whether devices can be provisioned at all (a broker management API is configured).</summary>
    bool Configured { get; }
    Task ProvisionAsync(string username, string secret, Guid deviceId, CancellationToken ct);
    /// <summary>Deletes the account and closes every connection it has open.</summary>
    Task RevokeAsync(string username, CancellationToken ct);
}

/// <summary>
/// RabbitMQ's management HTTP API (Debian's RabbitMQ 3.10 bundles the plugin): a user without tags, write permission on
/// <c>amq.topic</c> only, and a topic permission whose write pattern is the device's own routing key — the MQTT plugin maps
/// the topic <c>carbon/devices/{id}/readings</c> to the routing key <c>carbon.devices.{id}.readings</c> on <c>amq.topic</c>.
/// Chosen over the HTTP auth backend: that one would make every broker login (the services' too) depend on activity-data.
/// The administrator's credentials come from configuration (<c>Devices:Broker:Username/Password</c>, else the AMQP URL's).
/// </summary>
public sealed class ManagementBrokerAccounts(HttpClient http, string vhost) : IBrokerAccounts
{
    public bool Configured => true;

    public static string RoutingKey(Guid deviceId) => $"carbon.devices.{deviceId:D}.readings";
    public static string Topic(Guid deviceId) => $"carbon/devices/{deviceId:D}/readings";

    public async Task ProvisionAsync(string username, string secret, Guid deviceId, CancellationToken ct)
    {
        var v = Uri.EscapeDataString(vhost);
        var u = Uri.EscapeDataString(username);
        await Put($"api/users/{u}", new { password = secret, tags = "" }, ct);
        await Put($"api/permissions/{v}/{u}", new { configure = "^$", write = "^amq\\.topic$", read = "^$" }, ct);
        await Put($"api/topic-permissions/{v}/{u}", new { exchange = "amq.topic", write = "^" + RoutingKey(deviceId).Replace(".", "\\.") + "$", read = "^$" }, ct);
    }

    public async Task RevokeAsync(string username, CancellationToken ct)
    {
        using (var deleted = await http.DeleteAsync($"api/users/{Uri.EscapeDataString(username)}", ct))
            if (deleted.StatusCode != HttpStatusCode.NotFound) deleted.EnsureSuccessStatusCode();
        // RabbitMQ closes a deleted user's connections itself (3.10 does); any still listed (another node's, a slower
        // close) is closed here, so that revocation never rests on one broker version's behaviour.
        var connections = await http.GetFromJsonAsync<JsonElement>("api/connections?columns=name,user", ct);
        foreach (var c in connections.EnumerateArray().Where(c => c.TryGetProperty("user", out var user) && user.GetString() == username))
        {
            using var close = new HttpRequestMessage(HttpMethod.Delete, $"api/connections/{Uri.EscapeDataString(c.GetProperty("name").GetString()!)}");
            close.Headers.Add("X-Reason", "device revoked");
            using var closed = await http.SendAsync(close, ct);
            if (closed.StatusCode != HttpStatusCode.NotFound) closed.EnsureSuccessStatusCode();
        }
    }

    private async Task Put(string path, object body, CancellationToken ct)
    {
        using var response = await http.PutAsJsonAsync(path, body, ct);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"The broker refused {path.Split('/')[1]}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
    }

    public static void Authenticate(HttpClient http, string username, string password) =>
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}")));
}

/// <summary>No management API configured: devices still report over HTTP, MQTT needs the broker.</summary>
public sealed class NoBrokerAccounts : IBrokerAccounts
{
    public bool Configured => false;
    public Task ProvisionAsync(string username, string secret, Guid deviceId, CancellationToken ct) => Task.CompletedTask;
    public Task RevokeAsync(string username, CancellationToken ct) => Task.CompletedTask;
}
