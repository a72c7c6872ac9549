using System.Net.Http.Headers;
using System.Text;
using CarbonPlatform.ActivityData.Observability;

namespace CarbonPlatform.ActivityData.Devices;

/// <summary>
/// A device's readings over HTTP: the body is the MQTT payload, the credential its username and secret as Basic
/// authentication (no token: a meter is not an API client). 401 for a missing, wrong or retired credential, or another
/// device's: a device writes only its own readings. A refused payload of an authenticated device is kept (<see cref="RefusedReadings"/>).
/// </summary>
public static class PostReadings
{
    public const int MaxBytes = 256 * 1024;

    public static async Task<IResult> Handle(Guid deviceId, HttpContext http, ActivityDb db, TimeProvider clock, DeviceMetrics metrics, CancellationToken ct)
    {
        var device = await AuthenticateAsync(http.Request, db, deviceId, ct);
        if (device is null)
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The device's credential is missing, wrong or revoked.",
                extensions: new Dictionary<string, object?> { ["errors"] = new[] { new InputError(null, "Authorization", "invalid-credential",
                    "Send Authorization: Basic base64(username:secret), the credential issued when the device was registered.") } });
        if (http.Request.ContentLength is > MaxBytes and var length)
        {
            InputError[] tooLarge = [new(null, "body", "body-too-large", $"Send at most {MaxBytes / 1024} KB of readings at once.")];
            await RefusedReadings.KeepAsync(db, metrics, device.Id, RefusedReadings.Http, ReadOnlyMemory<byte>.Empty, length, tooLarge, ct);
            return Problems.Invalid(tooLarge, "The readings are too large; none was kept.");
        }
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, ct);
        var payload = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        var (readings, errors) = ReadingPayload.Parse(payload.Span);
        if (errors.Count > 0)
        {
            await RefusedReadings.KeepAsync(db, metrics, device.Id, RefusedReadings.Http, payload, payload.Length, errors, ct);
            return Problems.Invalid(errors, "The readings are invalid; none was kept.");
        }
        var outcome = await StoreReadings.StoreAsync(db, device, readings, DeviceViews.ParkNow(clock), ct);
        if (outcome.Errors.Count > 0)
        {
            await RefusedReadings.KeepAsync(db, metrics, device.Id, RefusedReadings.Http, payload, payload.Length, outcome.Errors, ct);
            return Problems.WithErrors(StatusCodes.Status409Conflict, "The readings cannot be kept; none was.", outcome.Errors);
        }
        return Results.Accepted(null, new ReadingsAccepted(device.Id, readings.Count, outcome.Stored, outcome.AlreadyKept));
    }

    private static async Task<Device?> AuthenticateAsync(HttpRequest request, ActivityDb db, Guid deviceId, CancellationToken ct)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header) || !"Basic".Equals(header.Scheme, StringComparison.OrdinalIgnoreCase)
            || header.Parameter is null) return null;
        string text;
        try { text = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter)); }
        catch (FormatException) { return null; }
        if (text.Split(':', 2) is not [var username, var secret]) return null;
        var device = await db.Devices.AsNoTracking().FirstOrDefaultAsync(d => d.Id == deviceId, ct);
        return device is { RetiredAt: null } && device.Username == username && DeviceSecrets.Matches(secret, device.SecretHash) ? device : null;
    }
}
