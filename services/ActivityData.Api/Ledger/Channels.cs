using System.Text.Json;
using CarbonPlatform.ServiceDefaults.Auth;
using CarbonPlatform.ServiceDefaults.Problems;

namespace CarbonPlatform.ActivityData.Ledger;

/// <summary>How a line reached the ledger. <c>api</c> and <c>meter</c> count as automated collection (evaluation P3).</summary>
public static class Channels
{
    public const string Manual = "manual";
    public const string Import = "import";
    public const string Api = "api";
    public const string Meter = "meter";

    /// <summary>
    /// The channel a JSON writer claims in the body's <c>channel</c>: <c>api</c> (the default), <c>manual</c> (a person in
    /// the portal) or <c>meter</c> (a meter feed). <c>import</c> is the import endpoint's alone; anything else is a 400. Pure.
    /// </summary>
    public static (string Channel, InputError? Error) Read(JsonElement body, string? line = null)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("channel", out var c) || c.ValueKind == JsonValueKind.Null) return (Api, null);
        if (c.ValueKind == JsonValueKind.String && c.GetString() is Api or Manual or Meter) return (c.GetString()!, null);
        return (Api, new InputError(line, "channel", "invalid-channel", "channel is api (the default), manual or meter; imports go through …/imports."));
    }

    /// <summary>A meter feed is recorded only by a caller who enters data: a platform admin, the operator's admin or data entry.</summary>
    public static bool MayClaim(Caller caller, string channel) => channel != Meter || caller.CanWriteParkData;
}
