namespace CarbonPlatform.Domain.Factors;

/// <summary>Builds a <see cref="FactorRelease"/> from the six CSV files of the reference data
/// (shared/reference-data). No I/O: the caller opens the files.</summary>
public static class ReferenceDataReader
{
    public const string DefaultReleaseName = "cn-2025.1";

    public const string ElectricityFactorsFile = "electricity-factors.csv";
    public const string GridRegionsFile = "grid-regions.csv";
    public const string FuelsFile = "fuels.csv";
    public const string CarbonatesFile = "carbonates.csv";
    public const string GwpFile = "gwp.csv";
    public const string MethodParametersFile = "method-parameters.csv";

    public static readonly IReadOnlyList<string> Files =
        [ElectricityFactorsFile, GridRegionsFile, FuelsFile, CarbonatesFile, GwpFile, MethodParametersFile];

    /// <summary>Reads the six files through <paramref name="open"/>, which receives a file name of
    /// <see cref="Files"/>. Malformed rows throw <see cref="FormatException"/> naming file and line;
    /// check the result with <see cref="FactorReleaseValidator"/>.</summary>
    public static FactorRelease Read(string releaseName, Func<string, TextReader> open)
    {
        var factors = new List<Factor>();
        foreach (var file in Files)
        {
            using var reader = open(file);
            factors.AddRange(ReadFile(file, reader));
        }
        return new FactorRelease(releaseName, factors);
    }

    /// <summary>Reads the release from the files' contents, keyed by file name.</summary>
    public static FactorRelease ReadFromStrings(string releaseName, IReadOnlyDictionary<string, string> csvByFile) =>
        Read(releaseName, file => csvByFile.TryGetValue(file, out var csv)
            ? new StringReader(csv)
            : throw new FormatException($"{file}: not provided"));

    /// <summary>The factors of one file, by its name.</summary>
    public static IReadOnlyList<Factor> ReadFile(string file, TextReader reader)
    {
        var table = CsvTable.Read(reader, file);
        var factors = new List<Factor>();
        foreach (var (lineNumber, cells) in table.Rows)
        {
            var row = new ReferenceRow(table, cells, lineNumber);
            switch (file)
            {
                case ElectricityFactorsFile: factors.Add(ReferenceRows.Electricity(row)); break;
                case GridRegionsFile: factors.Add(ReferenceRows.GridRegion(row)); break;
                case FuelsFile: factors.AddRange(ReferenceRows.Fuel(row)); break;
                case CarbonatesFile: factors.Add(ReferenceRows.Carbonate(row)); break;
                case GwpFile: factors.AddRange(ReferenceRows.Gwp(row)); break;
                case MethodParametersFile: factors.Add(ReferenceRows.MethodParameter(row)); break;
                default: throw new FormatException($"{file}: not a reference-data file");
            }
        }
        return factors;
    }
}
