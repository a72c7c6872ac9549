namespace CarbonPlatform.ActivityData.Devices;

public static class DeviceEndpoints
{
    public static RouteGroupBuilder MapDevices(this RouteGroupBuilder api)
    {
        var devices = api.MapGroup("/parks/{parkId:guid}/devices").WithTags("Devices");
        devices.MapPost("/", RegisterDevice.Handle).WithName("RegisterDevice")
            .WithSummary("Registers a meter of a metered source { sourceId, meterId, unit, intervalMinutes, multiplier?, jumpBound? } and issues its credential (shown once).")
            .WithDescription("The operator's administrator or data entry; an enterprise's data entry for its own sources. meterId is unique in the park (409 meter-registered). "
                + "The device publishes its register { time, value } (or an array) to MQTT topic carbon/devices/{id}/readings, or POSTs it to /api/v1/devices/{id}/readings.")
            .WithRequest(new DeviceRequest(Guid.Parse("0b6e7c1d-2f3a-4b5c-9d8e-7f6a5b4c3d2e"), "DB-0231", "MWh", 15, 1, 50))
            .Answers<DeviceIssued>(StatusCodes.Status201Created).Produces(StatusCodes.Status409Conflict);
        devices.MapGet("/", ListDevices.Handle).WithName("ListDevices")
            .WithSummary("The park's devices (an enterprise: its own), each with its last reading, the flags of its last 31 days and its refused payloads' count.").Answers<DeviceList>();
        devices.MapDelete("/{deviceId:guid}", RetireDevice.Handle).WithName("RetireDevice")
            .WithSummary("Retires a device: its credential is revoked at once and its broker connection closed; its readings stay.").Answers<DeviceView>();
        devices.MapGet("/{deviceId:guid}/flags", ListDevices.Flags).WithName("ListDeviceFlags")
            .WithSummary("A device's gaps (a reading missing past its interval), jumps (beyond its bound) and resets (register going backwards) in ?from=&to= (park time; default the last 31 days).")
            .Answers<DeviceFlags>();
        devices.MapGet("/{deviceId:guid}/refused", ListRefusedReadings.Handle).WithName("ListRefusedDeviceReadings")
            .WithSummary("The payloads a device sent that were not kept (not JSON, a recorded month, a retired device, …), newest first, in pages (limit, cursor).")
            .WithDescription("Each with its channel (mqtt, http), when it arrived, the reason's code and message, and the payload's first 4 KB.")
            .Answers<RefusedReadingList>();
        devices.MapPost("/months", RecordMonths.Handle).WithName("RecordDeviceMonths")
            .WithSummary("Records a finished month { year, month } of the park's devices as their sources' monthly meter lines (the meter-readings path).")
            .WithRequest(new RecordMonthRequest(2024, 3)).Answers<MonthRecorded>();
        api.MapGet("/parks/{parkId:guid}/data-quality", ParkDataQuality.Handle).WithTags("Devices").WithName("GetDataQuality")
            .WithSummary("The data-quality score of ?year= per metered source and for the park: coverage, timeliness and evidence (0–1) and their mean.")
            .Answers<ParkQuality>();
        api.MapPost("/devices/{deviceId:guid}/readings", PostReadings.Handle).WithTags("Devices").WithName("PostDeviceReadings").AllowAnonymous()
            .WithSummary("A device's readings over HTTP: { time, value } or an array, with the device's credential as Basic authentication.")
            .WithDescription("time carries its offset (e.g. 2024-03-05T14:15:00+08:00); value is the register. A reading already kept for that time is not kept twice.")
            .Accepts<string>("application/json").Answers<ReadingsAccepted>(StatusCodes.Status202Accepted).Produces(StatusCodes.Status401Unauthorized)
            .Produces(StatusCodes.Status409Conflict);
        return api;
    }
}
