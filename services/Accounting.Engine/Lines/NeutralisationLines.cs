using CarbonPlatform.Accounting.Engine.Calculation;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Accounting.Engine.Results;

namespace CarbonPlatform.Accounting.Engine.Lines;

/// <summary>carbon-sink and offset: neutralisation, not emissions (co2e 0, no scope). Counted
/// under cers-2025; a memo, listed as excluded, under ndrc-910-2025.</summary>
internal static class NeutralisationLines
{
    private static readonly string[] OffsetInstruments = ["CCER", "CEA", "VCS", "GS", "other"];
    private const string Formula = "neutralisation[t] = quantity[t] (neutralisation, not an emission)";
    private const string Excluded910 = "excluded: ndrc-910-2025 does not count neutralisation; neutralisation[t] is a memo";

    public static LineResult? CarbonSink(CalculationContext ctx, ActivityLine line, int index, double quantity)
    {
        var q = LineChecks.Canonical(ctx, line, index, quantity, LineChecks.AnyMass, "tCO2 (or t, kg, kt)");
        var ok = LineChecks.Present(ctx, line, index, line.SinkType, "sinkType");
        return ok && !double.IsNaN(q) ? Result(ctx, line, quantity, q) : null;
    }

    public static LineResult? Offset(CalculationContext ctx, ActivityLine line, int index, double quantity,
        HashSet<string> serials)
    {
        var q = LineChecks.Canonical(ctx, line, index, quantity, LineChecks.AnyMass, "tCO2e (or tCO2, t, kg, kt)");
        var instrument = LineChecks.Present(ctx, line, index, line.Instrument, "instrument")
            ? LineChecks.OneOf(ctx, line, index, line.Instrument, "instrument", OffsetInstruments, null, ErrorCodes.UnknownInstrument)
            : null;
        var serial = LineChecks.Present(ctx, line, index, line.Serial, "serial");
        if (serial && !serials.Add(line.Serial!))
        {
            ctx.Errors.AddForLine(line.Id, index, "serial", ErrorCodes.DuplicateSerial,
                $"the offset serial '{line.Serial}' is already retired by another line of this inventory");
            serial = false;
        }
        return serial && instrument is not null && !double.IsNaN(q) ? Result(ctx, line, quantity, q) : null;
    }

    private static LineResult Result(CalculationContext ctx, ActivityLine line, double quantity, double q)
    {
        if (!ctx.Ndrc) ctx.Sums.Neutralisation += q;
        return new LineResult(line.Id!, ActivityKinds.Name(line.Kind), null, 0, ctx.Ndrc, ctx.Ndrc ? Excluded910 : Formula,
            [LineageInput.Line("quantity", quantity, line.Unit!)], [new("neutralisation[t]", q)], ctx.TakeLineFlags());
    }
}
