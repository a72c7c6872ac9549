namespace CarbonPlatform.Domain.Requests;

/// <summary>What a rule's "no" means, whatever carries it: the endpoint turns the kind into a status.</summary>
public enum RefusalKind
{
    /// <summary>The request itself is wrong (its errors name the line and field).</summary>
    Invalid,
    /// <summary>The caller may see the thing but not do this to it.</summary>
    Forbidden,
    /// <summary>The thing does not exist or is not visible to the caller (the two are not told apart).</summary>
    NotFound,
    /// <summary>The request is well formed but conflicts with the current state.</summary>
    Conflict,
    /// <summary>The period the data is for is closed to changes (locked for certification).</summary>
    Locked,
    /// <summary>The upload is larger than the service takes.</summary>
    TooLarge,
    /// <summary>The thing changed since the caller read it (its If-Match names an older version).</summary>
    Stale,
}

/// <summary>
/// A rule's refusal as a record: the kind, a title, and either a detail (who may not see or do what) or the input errors
/// by line and field. Rules return it; only endpoint files turn it into a problem response (<c>refusal.ToProblem()</c>
/// in ServiceDefaults' Problems), so the rules stay free of HTTP.
/// </summary>
public sealed record Refusal(RefusalKind Kind, string Title, string? Detail, IReadOnlyList<InputError> Errors)
{
    public const string InvalidTitle = "The request is invalid.";
    public const string ConflictTitle = "The request conflicts with the current state.";

    public static Refusal NotFound(string what) =>
        new(RefusalKind.NotFound, "Not found.", $"{what} does not exist or is not visible to the caller.", []);

    public static Refusal Forbidden(string detail) => new(RefusalKind.Forbidden, "Forbidden.", detail, []);

    public static Refusal Invalid(IEnumerable<InputError> errors, string title = InvalidTitle) => new(RefusalKind.Invalid, title, null, [.. errors]);

    public static Refusal Invalid(string field, string code, string message, string? line = null) =>
        Invalid([new InputError(line, field, code, message)]);

    public static Refusal Conflict(IEnumerable<InputError> errors, string title = ConflictTitle) => new(RefusalKind.Conflict, title, null, [.. errors]);

    public static Refusal Conflict(string field, string code, string message, string? line = null) =>
        Conflict([new InputError(line, field, code, message)]);

    /// <summary>Forbidden with the input errors that say why (not a detail).</summary>
    public static Refusal Forbidden(IEnumerable<InputError> errors, string title) => new(RefusalKind.Forbidden, title, null, [.. errors]);

    /// <summary>Not found, naming the line and field that point at what is missing.</summary>
    public static Refusal NotFound(InputError error, string title) => new(RefusalKind.NotFound, title, null, [error]);

    public static Refusal TooLarge(string code, string message, string title) =>
        new(RefusalKind.TooLarge, title, null, [new InputError(null, "file", code, message)]);

    public static Refusal Locked(int year) => new(RefusalKind.Locked, "The period is locked; nothing was recorded.", null,
        [new InputError(null, "year", "period-locked", $"{year} is locked for certification: its data can no longer be changed.")]);
}
