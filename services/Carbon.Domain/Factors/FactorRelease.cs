namespace CarbonPlatform.Domain.Factors;

/// <summary>A named, immutable set of factors (e.g. <c>cn-2025.1</c>), indexed for O(1) lookups.
/// When ids repeat, the first factor wins; <see cref="FactorReleaseValidator"/> reports the duplicate.</summary>
public sealed class FactorRelease
{
    private readonly FactorEntry[] _entries;
    private readonly Dictionary<string, FactorEntry> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FuelDefaults> _fuels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FactorEntry> _carbonates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, FactorEntry>> _gwpBySet = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _gasIndex = new(StringComparer.Ordinal);
    private readonly List<string> _gases = [];
    private readonly Dictionary<string, FactorEntry> _gridRegions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _nationalVintages = new(StringComparer.Ordinal);
    private readonly SortedSet<int> _vintages = [];

    public FactorRelease(string name, IEnumerable<Factor> factors)
    {
        Name = name;
        Factors = factors.ToArray();
        _entries = new FactorEntry[Factors.Count];
        var national = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        _gasIndex[Co2] = 0; // every release accounts CO2, whatever its GWP table holds
        _gases.Add(Co2);
        for (var i = 0; i < _entries.Length; i++)
        {
            var entry = _entries[i] = new FactorEntry(Factors[i], i, name);
            if (_byId.TryAdd(entry.Factor.Id, entry)) Index(entry, national);
        }
        foreach (var (family, years) in national) _nationalVintages[family] = years.ToArray();
    }

    internal const string Co2 = "CO2";

    public string Name { get; }
    public IReadOnlyList<Factor> Factors { get; }

    public Factor? Find(string id) => _byId.TryGetValue(id, out var e) ? e.Factor : null;

    /// <summary>Years of the family's national series, ascending (the vintage rule reads these).</summary>
    public IReadOnlyList<int> NationalVintages(string family) =>
        _nationalVintages.TryGetValue(family, out var years) ? years : [];

    /// <summary>Every vintage published in any electricity family and level.</summary>
    public IReadOnlyCollection<int> PublishedVintages => _vintages;

    internal FactorEntry? Entry(string id) => _byId.GetValueOrDefault(id);
    internal FactorEntry EntryAt(int index) => _entries[index];
    internal int Count => _entries.Length;
    internal FuelDefaults? Fuel(string code) => _fuels.GetValueOrDefault(code);
    internal FactorEntry? Carbonate(string code) => _carbonates.GetValueOrDefault(code);
    internal Dictionary<string, FactorEntry>? GwpSet(string set) => _gwpBySet.GetValueOrDefault(set);
    internal bool IsKnownGas(string gas) => _gasIndex.ContainsKey(gas);
    internal int GasIndex(string gas) => _gasIndex[gas];
    internal IReadOnlyList<string> Gases => _gases;
    internal FactorEntry? GridRegion(string province) => _gridRegions.GetValueOrDefault(province);
    internal FactorEntry? MethodParameter(string method, string parameter) =>
        _byId.GetValueOrDefault(FactorKeys.MethodParameter(method, parameter));

    private void Index(FactorEntry entry, Dictionary<string, SortedSet<int>> national)
    {
        var f = entry.Factor;
        switch (f.Category)
        {
            case FactorCategories.Fuel:
                if (!_fuels.TryGetValue(f.Code, out var fuel))
                    _fuels[f.Code] = fuel = new FuelDefaults(f.Code, f.ActivityUnit ?? "");
                if (f.Parameter == FactorKeys.Ncv) fuel.Ncv = entry;
                else if (f.Parameter == FactorKeys.CarbonContent) fuel.CarbonContent = entry;
                else if (f.Parameter == FactorKeys.OxidationRate) fuel.OxidationRate = entry;
                break;
            case FactorCategories.Carbonate:
                _carbonates[f.Code] = entry;
                break;
            case FactorCategories.Gwp when f.GwpSet is not null && f.Gas is not null:
                if (!_gwpBySet.TryGetValue(f.GwpSet, out var set))
                    _gwpBySet[f.GwpSet] = set = new Dictionary<string, FactorEntry>(StringComparer.Ordinal);
                set[f.Gas] = entry;
                if (_gasIndex.TryAdd(f.Gas, _gases.Count)) _gases.Add(f.Gas);
                break;
            case FactorCategories.GridRegion when f.Area is not null:
                _gridRegions[f.Area] = entry;
                break;
            case FactorCategories.Electricity when f.Vintage is int vintage && f.Family is not null:
                _vintages.Add(vintage);
                if (f.Level == FactorKeys.National)
                {
                    if (!national.TryGetValue(f.Family, out var years)) national[f.Family] = years = [];
                    years.Add(vintage);
                }
                break;
        }
    }
}
