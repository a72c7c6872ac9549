using System.Globalization;

namespace CarbonPlatform.ActivityData.Exports;

/// <summary>The ledger as CSV rows (<see cref="LedgerSheet"/>'s cells): numbers as data, every text cell neutralised. Pure.</summary>
public static class LedgerCsv
{
    public static string Header() => CsvCells.Row(LedgerSheet.Header);

    public static string Row(LedgerEntry e, long? supersededBy) => CsvCells.Row(LedgerSheet.Row(e, supersededBy).Select(Cell));

    private static string Cell(object? value) => value switch
    {
        double d => CsvCells.Number(d),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => CsvCells.Cell(value?.ToString()),
    };
}
