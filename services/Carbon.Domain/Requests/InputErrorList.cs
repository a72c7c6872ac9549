namespace CarbonPlatform.Domain.Requests;

/// <summary>Collects input errors. A line without an id is named by its position instead:
/// <c>Line = null</c>, <c>Field = lines[3].quantity</c>.</summary>
internal sealed class InputErrorList
{
    private readonly List<InputError> _errors = [];

    public int Count => _errors.Count;
    public IReadOnlyList<InputError> Items => _errors;

    public void Add(string field, string code, string message) => _errors.Add(new InputError(null, field, code, message));

    public void AddForLine(string? lineId, int index, string field, string code, string message) =>
        _errors.Add(string.IsNullOrEmpty(lineId)
            ? new InputError(null, $"lines[{index}].{field}", code, message)
            : new InputError(lineId, field, code, message));

    public void Add(InputError error) => _errors.Add(error);

    /// <summary>Adds the errors of <paramref name="others"/> except those on a (line, field) this
    /// list already names, so a field that failed to read is not also reported as missing.</summary>
    public void AddNew(IReadOnlyList<InputError> others)
    {
        if (others.Count == 0) return;
        var named = new HashSet<(string?, string)>();
        foreach (var e in _errors) named.Add((e.Line, e.Field));
        foreach (var e in others)
            if (!named.Contains((e.Line, e.Field))) _errors.Add(e);
    }
}
