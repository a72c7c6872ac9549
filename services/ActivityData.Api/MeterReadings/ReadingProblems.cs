using CarbonPlatform.ActivityData.Imports;

namespace CarbonPlatform.ActivityData.MeterReadings;

/// <summary>The problems of a readings file: every one counted, the first thousand by row kept in full.</summary>
public sealed class ReadingProblems
{
    public const int Reported = 1_000;
    private List<ImportProblem> _kept = [];

    public int Count { get; private set; }

    public IReadOnlyList<ImportProblem> Kept => _kept;

    public void Add(int? row, string column, string code, string message)
    {
        if (++Count <= Reported) _kept.Add(new ImportProblem(row, column, code, message));
    }

    /// <summary>A row with bytes that are not of the file's encoding: named by row, column and character, never read as '?'.</summary>
    public bool AddUnreadable(int row, (int Character, int Column) at, System.Text.Encoding encoding)
    {
        Add(row, $"character {at.Character}", "invalid-encoding",
            $"Column {at.Column}, character {at.Character}: bytes that are not {encoding.WebName.ToUpperInvariant()}.");
        return true;
    }

    /// <summary>What the database refused, known only once the insert thread is done: merged in row order.</summary>
    public void AddDuplicates(ReadingInserter inserter)
    {
        Count += inserter.DuplicateCount;
        _kept = [.. _kept.Concat(inserter.Duplicates.Select(d =>
                new ImportProblem(d.Row, "readAt", "duplicate-reading", $"The source already has a reading at {d.ReadAt:yyyy-MM-dd HH:mm:ss}.")))
            .OrderBy(p => p.Row ?? int.MaxValue).Take(Reported)];
    }

    /// <summary>A well-formed reading that the park cannot take: an unknown source, another year, a time to come.</summary>
    public static (string Column, string Code, string Message)? Refusal(in ReadingRow reading, IReadOnlyDictionary<Guid, EmissionSource> meters,
        int year, DateTime now) =>
        !meters.ContainsKey(reading.SourceId) ? ("sourceId", "unknown-source", $"'{reading.SourceId}' is not a metered emission source of the park.")
        : reading.ReadAt.Year != year ? ("readAt", "wrong-year", $"{reading.ReadAt:yyyy-MM-dd HH:mm} is not in {year}.")
        : reading.ReadAt > now ? ("readAt", "period-in-future", $"{reading.ReadAt:yyyy-MM-dd HH:mm} has not come yet.")
        : null;
}
