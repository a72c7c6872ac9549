using CarbonPlatform.Evaluation.Engine.Results;

namespace CarbonPlatform.Evaluation.Engine.Schemes;

/// <summary>
/// Thresholds chosen by an inventory figure (the basis), e.g. CORE by energy consumption in tce.
/// A band covers From ≤ basis &lt; To (To null: no upper end). Outside every band the outcome is
/// <see cref="OutsideBands"/> — 910 sets no threshold below 200,000 tce, so <c>not-applicable</c>.
/// </summary>
public sealed record ThresholdBands
{
    public string Basis { get; init; } = "";

    public string? Unit { get; init; }

    public IReadOnlyList<ThresholdBand> Ranges { get; init; } = [];

    public Outcome OutsideBands { get; init; } = Outcome.NotApplicable;

    public ThresholdBand? Find(decimal basis) =>
        Ranges.FirstOrDefault(r => basis >= r.From && (r.To is null || basis < r.To));
}

public sealed record ThresholdBand(decimal From, decimal? To, decimal Threshold);
