using System.Security.Claims;

namespace CarbonPlatform.ActivityData.Recording;

/// <summary>How a line reached the ledger. <c>api</c> and <c>meter</c> count as automated collection (evaluation P3).</summary>
public static class Channels
{
    public const string Manual = "manual";
    public const string Import = "import";
    public const string Api = "api";
    public const string Meter = "meter";

    /// <summary>
    /// The channel of a JSON write comes from who wrote it, never from the body: a person (a token issued to a person through
    /// a client: its subject is not the client) writes <c>manual</c>, an API client <c>api</c>. Meter lines come only through
    /// the meter-readings import, imports only through …/imports.
    /// </summary>
    public static string Of(ClaimsPrincipal user) =>
        user.FindFirst(PlatformClaims.ClientId)?.Value is { } client && user.FindFirst(PlatformClaims.Subject)?.Value != client ? Manual : Api;

    /// <summary>
    /// The body's optional <c>channel</c> may only repeat what authentication says (older clients send <c>api</c>); a claim
    /// of any other channel is a 400, never recorded. Pure.
    /// </summary>
    public static (string Channel, InputError? Error) Read(JsonElement body, string derived, string? line = null)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("channel", out var c) || c.ValueKind == JsonValueKind.Null) return (derived, null);
        if (c.ValueKind == JsonValueKind.String && c.GetString() == derived) return (derived, null);
        return (derived, new InputError(line, "channel", "invalid-channel",
            $"The channel is set by who writes the data (this caller writes '{derived}'); meter lines come through …/meter-readings, imports through …/imports."));
    }
}
