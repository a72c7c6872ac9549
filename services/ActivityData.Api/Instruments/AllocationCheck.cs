using ActivityKind = CarbonPlatform.Domain.Requests.ActivityKind;
using ActivityLine = CarbonPlatform.Domain.Requests.ActivityLine;

namespace CarbonPlatform.ActivityData.Instruments;

/// <summary>
/// A recorded line's allocation must be of the same park and year, of the instrument the line names, not cancelled, and
/// cover the line's quantity. An allocation backs one line: the unique index on the records' AllocationId makes that hold
/// under concurrency; <see cref="SpentAsync"/> turns the lost race into the 409 it is.
/// </summary>
public static class AllocationCheck
{
    private static readonly Dictionary<string, double> ToCanonical = new()
    {
        ["MWh"] = 1, ["kWh"] = 0.001, ["GWh"] = 1000, ["t"] = 1, ["tCO2"] = 1, ["tCO2e"] = 1, ["kg"] = 0.001, ["kt"] = 1000,
    };

    public static async Task<List<InputError>> InvalidAsync(ActivityDb db, Guid parkId, ValidBatch batch, IReadOnlyList<Guid?> ids, CancellationToken ct)
    {
        var named = ids.Select((id, i) => (Id: id, Line: i < batch.Lines.Count ? batch.Lines[i] : null)).Where(x => x.Id is not null && x.Line is not null).ToList();
        if (named.Count == 0) return [];
        var wanted = named.Select(x => x.Id!.Value).Distinct().ToList();
        var found = await (from a in db.Allocations.AsNoTracking()
                           join i in db.Instruments.AsNoTracking() on a.InstrumentId equals i.Id
                           where wanted.Contains(a.Id)
                           select new { Allocation = a, i.Kind, i.Status }).ToDictionaryAsync(x => x.Allocation.Id, ct);
        var errors = new List<InputError>();
        foreach (var group in named.GroupBy(x => x.Id!.Value))
        {
            var line = group.First().Line!;
            if (group.Count() > 1)
                errors.Add(Error(line, "duplicate-allocation", "Two lines of the batch name the same allocation; an allocation backs one line."));
            else if (!found.TryGetValue(group.Key, out var a) || a.Allocation.ParkId != parkId || a.Allocation.Year != batch.Year)
                errors.Add(Error(line, "allocation-not-of-park-year", $"'{group.Key}' is not an allocation of this park's register to {batch.Year}."));
            else if (line.Kind is not (ActivityKind.GreenElectricity or ActivityKind.Offset) || line.Instrument != a.Kind)
                errors.Add(Error(line, "allocation-instrument-mismatch",
                    $"The allocation is of a {a.Kind} instrument: it backs a green-electricity or offset line whose instrument is {a.Kind}."));
            else if (a.Status == InstrumentStatuses.Cancelled)
                errors.Add(Error(line, "instrument-cancelled", "The allocation's instrument is cancelled."));
            else if (line.Quantity!.Value * ToCanonical.GetValueOrDefault(line.Unit!, 1) > a.Allocation.Quantity + AllocateInstrument.Tolerance)
                errors.Add(Error(line, "exceeds-allocation", $"The line's quantity is more than the allocation's {a.Allocation.Quantity}."));
        }
        return errors;
    }

    /// <summary>The first line whose allocation a recorded line (other than the one corrected) already spends, as the conflict to answer.</summary>
    public static async Task<InputError?> SpentAsync(ActivityDb db, IReadOnlyList<LineAnnotation> notes, ValidBatch batch, CancellationToken ct,
        long? corrected = null)
    {
        var ids = notes.Where(n => n.AllocationId is not null).Select(n => n.AllocationId).ToList();
        if (ids.Count == 0) return null;
        var spent = await db.Records.AsNoTracking().Where(r => ids.Contains(r.AllocationId) && r.Id != corrected)
            .Select(r => r.AllocationId).FirstOrDefaultAsync(ct);
        if (spent is null) return null;
        var index = notes.ToList().FindIndex(n => n.AllocationId == spent);
        return new InputError(index < batch.Lines.Count ? batch.Lines[index].Id : null, "allocationId", "allocation-spent",
            $"The allocation {spent} already backs a recorded line; allocate another part of the instrument.");
    }

    private static InputError Error(ActivityLine line, string code, string message) => new(line.Id, "allocationId", code, message);
}
