using CarbonPlatform.Accounting.Engine;
using CarbonPlatform.Accounting.Engine.Calculation;
using CarbonPlatform.Domain;
using CarbonPlatform.Domain.Factors;

namespace CarbonPlatform.ActivityData.Approval;

/// <summary>
/// What a submitted batch would add: each line's tCO2e by the same engine run that validated it (the 910 method, no
/// electricity vintage: grid factors of the year are the inventory's question). Null where it cannot be computed now.
/// </summary>
public static class SubmissionPreview
{
    public static SubmissionView View(Submission s, FactorRelease release)
    {
        var body = JsonDocument.Parse(s.Body).RootElement;
        var correction = s.Kind == SubmissionKinds.Correction ? CorrectionRequests.Read(body).Request : null;
        if (correction is not null) body = correction.AsBatch;
        var read = CalculationRequestReader.Read(body);
        var lines = read.Request?.Lines ?? [];
        var outcome = read.Request is null ? null
            : Calculator.Calculate(read.Request with { Method = Methods.Ndrc910, FactorRelease = null }, release);
        var co2e = outcome?.Result?.Lines.ToDictionary(l => l.Id, l => l.Co2e) ?? [];
        var notes = LineAnnotations.ReadAll(body, []);
        var view = lines.Select((l, i) => new SubmittedLine(l.Id ?? "", ActivityKinds.Name(l.Kind), l.Quantity ?? 0, l.Unit ?? "",
            i < notes.Count ? notes[i].SourceId : null, l.Id is not null && co2e.TryGetValue(l.Id, out var t) ? t : null)).ToList();
        double? total = outcome?.Succeeded == true ? view.Sum(l => l.Tco2e ?? 0) : null;
        return new SubmissionView(s.Id, s.Year, SubmissionStatuses.Parse(s.Status), s.Channel, s.SubmittedBy,
            DateTime.SpecifyKind(s.SubmittedAt, DateTimeKind.Utc), s.LineCount, total, view, s.DecidedBy,
            s.DecidedAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null, s.Reason,
            correction is null ? SubmissionKind.Batch : SubmissionKind.Correction, correction?.LineId, correction?.Reason);
    }
}
