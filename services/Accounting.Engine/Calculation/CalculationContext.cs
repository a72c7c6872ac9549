using CarbonPlatform.Domain.Factors;
using CarbonPlatform.Domain.Requests;
using CarbonPlatform.Domain.Resolution;
using CarbonPlatform.Accounting.Engine.Results;

namespace CarbonPlatform.Accounting.Engine.Calculation;

/// <summary>Everything one calculation shares between its lines: the request's choices, the
/// factors resolved once, the running sums and the errors. Created per request, never shared.</summary>
internal sealed class CalculationContext(CalculationRequest request, FactorRelease release, InputErrorList errors)
{
    private static readonly string[] NoFlags = [];
    private static readonly string[] UnverifiedFlags = [ResultFlags.UnverifiedFactor];
    private static readonly string[] BunkerFlags = [ResultFlags.InternationalBunker];
    private static readonly string[] UnverifiedBunkerFlags = [ResultFlags.UnverifiedFactor, ResultFlags.InternationalBunker];

    private readonly bool[] _used = new bool[release.Count];
    private bool _lineUsesUnverified;
    private ElectricityFactorEntries? _grid;
    private bool _gridResolved;

    public CalculationRequest Request { get; } = request;
    public FactorRelease Release { get; } = release;
    public InputErrorList Errors { get; } = errors;
    public required bool Ndrc { get; init; }
    public required MethodConstants Constants { get; init; }

    public Sums Sums { get; } = new(release.Gases.Count);

    /// <summary>An input that comes from a factor of the release; marks the factor as used.</summary>
    public LineageInput Factor(string name, FactorEntry entry)
    {
        _used[entry.Index] = true;
        if (entry.IsUnverified) _lineUsesUnverified = true;
        return new LineageInput(name, entry.Value, entry.Unit, entry.Origin, entry.Status);
    }

    /// <summary>Marks a factor used at request level (e.g. the default GWP set).</summary>
    public void Use(FactorEntry entry) => _used[entry.Index] = true;

    public bool IsUsed(int index) => _used[index];

    /// <summary>The flags of the line just built; resets for the next line.</summary>
    public string[] TakeLineFlags(bool internationalBunker = false)
    {
        var flags = internationalBunker
            ? _lineUsesUnverified ? UnverifiedBunkerFlags : BunkerFlags
            : _lineUsesUnverified ? UnverifiedFlags : NoFlags;
        _lineUsesUnverified = false;
        return flags;
    }

    /// <summary>Grid-average and residual-mix factors (cers-2025), resolved at the first
    /// electricity line so requests without electricity need no vintage.</summary>
    public ElectricityFactorEntries? Grid
    {
        get
        {
            if (_gridResolved) return _grid;
            _gridResolved = true;
            _grid = ElectricityFactorResolver.ResolveEntries(Request, Release, Errors);
            return _grid;
        }
    }
}
