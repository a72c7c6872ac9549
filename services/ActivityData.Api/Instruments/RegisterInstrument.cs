namespace CarbonPlatform.ActivityData.Instruments;

/// <summary>
/// Registers an instrument once on the whole platform: its serials may overlap no instrument of any park. The overlap is
/// checked and the instrument added in the same save that updates (or creates) its <see cref="SerialSpace"/> row, so of
/// two registrations into one space on two replicas the second fails its version token and looks again.
/// </summary>
public static class RegisterInstrument
{
    public static async Task<IResult> Handle(Guid parkId, JsonElement body, HttpContext http, ActivityDb db, IParkDirectory parks, CancellationToken ct)
    {
        var caller = http.Caller();
        var (park, refusal) = await InstrumentAccess.ForManagingAsync(parks, caller, parkId, ct);
        if (refusal is not null) return refusal.ToProblem();
        var (request, errors) = InstrumentRequests.ReadInstrument(body);
        if (request is null) return Problems.Invalid(errors, "The instrument is invalid; nothing was registered.");

        var (prefix, first, last) = request.Serials is { } s ? (s.Prefix, s.First, s.Last) : (request.CertificateNumber!, 0L, 0L);
        for (var attempt = 1; ; attempt++)
        {
            var space = await db.SerialSpaces.FirstOrDefaultAsync(x => x.Kind == request.Kind && x.Prefix == prefix, ct);
            var taken = await db.Instruments.AsNoTracking()
                .AnyAsync(i => i.Kind == request.Kind && i.Prefix == prefix && i.First <= last && i.Last >= first, ct);
            if (taken)
                return Problems.Conflict(request.Serials is null ? "certificateNumber" : "serials", "serials-registered",
                    "These serials (or some of them) are already registered on this platform, in this park or another.");
            if (space is null) db.SerialSpaces.Add(space = new SerialSpace { Kind = request.Kind, Prefix = prefix });
            space.Holdings++;
            var instrument = new Instrument
            {
                Id = Guid.NewGuid(), ParkId = parkId, OwnerOrganizationId = park!.OperatorOrganizationId, Kind = request.Kind, Prefix = prefix,
                First = first, Last = last, CertificateNumber = request.CertificateNumber, Vintage = request.Vintage,
                GenerationFrom = request.GenerationFrom, GenerationTo = request.GenerationTo, Quantity = request.Quantity,
                Unit = InstrumentRequests.UnitOf(request.Kind), Status = InstrumentStatuses.Held, RegisteredBy = caller.Subject, RegisteredAt = DateTime.UtcNow,
            };
            db.Instruments.Add(instrument);
            try
            {
                await db.SaveChangesAsync(ct);
                return Results.Created($"/api/v1/parks/{parkId}/instruments/{instrument.Id}", InstrumentViews.Of(instrument, []));
            }
            catch (Exception e) when (LostRace.Is(e))
            {
                db.ChangeTracker.Clear();
                if (attempt == 8) throw new WriteContentionException("The serial space is busy with concurrent registrations; nothing was registered.", e);
            }
            await Task.Delay(Random.Shared.Next(5, 10 + 10 * attempt), ct);
        }
    }
}
