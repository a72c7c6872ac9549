using System.Text.Json;
using CarbonPlatform.Client.Models;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;

namespace CarbonPlatform.Client.Webhooks;

/// <summary>Reads a verified delivery's body into the payload types of the contract's <c>webhooks</c> section.</summary>
public static class WebhookPayloads
{
    /// <summary><c>application.submitted</c>, <c>application.resubmitted</c>.</summary>
    public static ApplicationWebhook ReadApplication(string rawBody) => Read(rawBody, ApplicationWebhook.CreateFromDiscriminatorValue);

    /// <summary><c>park.lifecycle-changed</c>.</summary>
    public static ParkLifecycleWebhook ReadParkLifecycle(string rawBody) => Read(rawBody, ParkLifecycleWebhook.CreateFromDiscriminatorValue);

    /// <summary>Any payload type, for an event added to the contract after this helper.</summary>
    public static T Read<T>(string rawBody, ParsableFactory<T> factory) where T : IParsable
    {
        ArgumentNullException.ThrowIfNull(rawBody);
        using var json = JsonDocument.Parse(rawBody);
        return new JsonParseNode(json.RootElement.Clone()).GetObjectValue(factory)
            ?? throw new JsonException("The webhook body is not a JSON object.");
    }
}
