namespace CarbonPlatform.ActivityData.Instruments;

/// <summary>
/// Sets part of a held or allocated instrument against a park-year. The instrument's allocated quantity and status change
/// under its version token in the save that adds the allocation: two allocations racing past what is held cannot both
/// succeed; the loser reads the instrument again and is refused if too little is left.
/// </summary>
public static class AllocateInstrument
{
    /// <summary>Quantities are decimals in MWh or tCO2e; sums of doubles may miss by this much.</summary>
    public const double Tolerance = 1e-9;

    public static async Task<IResult> Handle(Guid parkId, Guid id, JsonElement body, HttpContext http, ActivityDb db, IParkDirectory parks,
        CancellationToken ct)
    {
        var caller = http.Caller();
        var (_, refusal) = await InstrumentAccess.ForManagingAsync(parks, caller, parkId, ct);
        if (refusal is not null) return refusal.ToProblem();
        var (request, errors) = InstrumentRequests.ReadAllocation(body);
        if (request is null) return Problems.Invalid(errors, "The allocation is invalid; nothing was allocated.");

        for (var attempt = 1; ; attempt++)
        {
            var instrument = await db.Instruments.FirstOrDefaultAsync(i => i.Id == id && i.ParkId == parkId, ct);
            if (instrument is null) return Problems.NotFound("The instrument");
            if (instrument.Status is InstrumentStatuses.Retired or InstrumentStatuses.Cancelled)
                return Problems.Conflict("status", $"instrument-{instrument.Status}", $"The instrument is {instrument.Status}: it cannot be allocated.");
            var available = instrument.Quantity - instrument.Allocated;
            if (request.Quantity > available + Tolerance)
                return Problems.Conflict("quantity", "exceeds-held", $"Only {available} {instrument.Unit} of the instrument is left to allocate.");
            var allocation = new InstrumentAllocation
            {
                Id = Guid.NewGuid(), InstrumentId = id, ParkId = parkId, Year = request.Year, Quantity = request.Quantity,
                AllocatedBy = caller.Subject, AllocatedAt = DateTime.UtcNow,
            };
            instrument.Allocated += request.Quantity;
            instrument.Status = InstrumentStatuses.Allocated;
            db.Allocations.Add(allocation);
            try
            {
                await db.SaveChangesAsync(ct);
                return Results.Created($"/api/v1/parks/{parkId}/instruments/{id}", InstrumentViews.Of(allocation));
            }
            catch (Exception e) when (LostRace.Is(e))
            {
                db.ChangeTracker.Clear();
                if (attempt == 8) throw new WriteContentionException("The instrument is busy with concurrent allocations; nothing was allocated.", e);
            }
            await Task.Delay(Random.Shared.Next(5, 10 + 10 * attempt), ct);
        }
    }
}
