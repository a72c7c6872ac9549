namespace CarbonPlatform.ActivityData.Ledger;

/// <summary>The first entry that does not fit the chain, and what about it does not.</summary>
public sealed record ChainBreak(long EntryId, long Sequence, string LineId, string Differs, string Message, string? Expected, string? Actual);

/// <summary>The walk's outcome: from the entry after <paramref name="From"/> up to <paramref name="Head"/>.</summary>
public sealed record ChainReport(bool Intact, long EntriesChecked, string? HeadHash, ChainBreak? FirstBreak, long From = 0, long Head = 0);

/// <summary>
/// Walks a park's entries in sequence order, one at a time (pure; the caller pages them in): each must follow the
/// previous one without a gap, name the previous entry's hash, and hash to what it stores. Then the current values
/// (what accounting reads) are checked against the latest entry of each line.
/// </summary>
public sealed class ChainVerification
{
    private long _expectedSequence = 1;
    private string _previousHash = LedgerHash.Genesis;

    public ChainVerification() { }

    /// <summary>A walk that resumes after a checkpoint: entry <paramref name="sequence"/> was verified with hash <paramref name="hash"/>.</summary>
    public ChainVerification(long sequence, string hash) => (_expectedSequence, _previousHash, From) = (sequence + 1, hash, sequence);

    /// <summary>The entry the walk resumed after (0: from the start).</summary>
    public long From { get; }

    /// <summary>Whether the walk read an entry of this line (after the checkpoint, when it resumed from one).</summary>
    public bool Touched(int year, string lineId) => _latest.ContainsKey((year, lineId));

    /// <summary>The checkpoint's entry no longer is what was verified: gone, another hash, or content that no longer hashes to it.</summary>
    public bool CheckCheckpoint(LedgerEntry? e, long sequence, string hash)
    {
        if (e is null)
            Break = new ChainBreak(0, sequence, "", "checkpoint", $"Entry {sequence}, verified before, is missing.", hash, null);
        else if (!string.Equals(e.Hash, hash, StringComparison.Ordinal) || !string.Equals(LedgerHash.Compute(e), hash, StringComparison.Ordinal))
            Break = new ChainBreak(e.Id, sequence, e.LineId, "checkpoint",
                $"Entry {sequence} (line '{e.LineId}') is not the entry verified before: it was changed after the last verification.", hash, e.Hash);
        return Break is null;
    }
    private long _checked;
    private readonly Dictionary<(int Year, string LineId), LedgerEntry> _latest = [];
    private readonly HashSet<(int Year, string LineId)> _seen = [];

    public ChainBreak? Break { get; private set; }

    /// <summary>Checks the next entry; false once the chain is broken (the rest need not be read).</summary>
    public bool Check(LedgerEntry e)
    {
        if (Break is not null) return false;
        if (e.Sequence != _expectedSequence)
            Break = new ChainBreak(e.Id, e.Sequence, e.LineId, "sequence",
                $"Entry {e.Sequence} follows entry {_expectedSequence - 1}: an entry is missing or was renumbered.",
                _expectedSequence.ToString(), e.Sequence.ToString());
        else if (!string.Equals(e.PreviousHash, _previousHash, StringComparison.Ordinal))
            Break = new ChainBreak(e.Id, e.Sequence, e.LineId, "previousHash",
                $"Entry {e.Sequence} does not name the hash of the entry before it.", _previousHash, e.PreviousHash);
        else if (LedgerHash.Compute(e) is var computed && !string.Equals(computed, e.Hash, StringComparison.Ordinal))
            Break = new ChainBreak(e.Id, e.Sequence, e.LineId, "content",
                $"The content of entry {e.Sequence} (line '{e.LineId}') no longer matches its hash: it was changed after it was recorded.",
                computed, e.Hash);
        if (Break is not null) return false;
        _checked++;
        _expectedSequence++;
        _previousHash = e.Hash;
        if (e.Kind is null) _latest[(e.Year, e.LineId)] = e;
        return true;
    }

    /// <summary>Checks a line's current value (its <paramref name="canonicalValues"/>) against its latest entry.</summary>
    public bool CheckCurrent(long recordId, int year, string lineId, string canonicalValues)
    {
        if (Break is not null) return false;
        _seen.Add((year, lineId));
        if (!_latest.TryGetValue((year, lineId), out var entry))
            Break = new ChainBreak(recordId, 0, lineId, "current-value",
                $"Line '{lineId}' of {year} is recorded but has no ledger entry: it was written past the ledger.", null, canonicalValues);
        else if (!string.Equals(entry.Values, canonicalValues, StringComparison.Ordinal))
            Break = new ChainBreak(entry.Id, entry.Sequence, lineId, "current-value",
                $"The current value of line '{lineId}' of {year} is not the value of its latest entry {entry.Sequence}: it was changed past the ledger.",
                entry.Values, canonicalValues);
        return Break is null;
    }

    /// <summary>After every current value was checked: a line the ledger holds must still be recorded.</summary>
    public bool CheckNoneMissing()
    {
        if (Break is not null) return false;
        var missing = _latest.Where(l => !_seen.Contains(l.Key)).Select(l => l.Value).OrderBy(e => e.Sequence).FirstOrDefault();
        if (missing is not null)
            Break = new ChainBreak(missing.Id, missing.Sequence, missing.LineId, "current-value",
                $"Line '{missing.LineId}' of {missing.Year} is in the ledger but no longer recorded: it was deleted past the ledger.", missing.Values, null);
        return Break is null;
    }

    public ChainReport Report() => new(Break is null, _checked, _checked == 0 && From == 0 ? null : _previousHash, Break, From, _expectedSequence - 1);
}
