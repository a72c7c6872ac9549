using CarbonPlatform.ServiceDefaults.Problems;

namespace CarbonPlatform.ActivityData.Recording;

/// <summary>Why nothing was recorded, as the caller is told it: invalid input, a conflict, a locked year, a missing line, a file too large.</summary>
public enum RefusalKind { Invalid, Forbidden, NotFound, Conflict, Locked, TooLarge }

/// <summary>
/// A refusal of the recording rules: its kind, a title and the errors (line, field, code, message). Rules return it; only
/// endpoint files turn it into a problem response (<see cref="RecordingProblems"/>).
/// </summary>
public sealed record Refusal(RefusalKind Kind, string Title, IReadOnlyList<InputError> Errors)
{
    public const string ConflictTitle = "The request conflicts with the current state.";

    public static Refusal Invalid(IEnumerable<InputError> errors, string title = "The request is invalid.") => new(RefusalKind.Invalid, title, errors.ToList());

    public static Refusal Invalid(string field, string code, string message, string? line = null) =>
        Invalid([new InputError(line, field, code, message)]);

    public static Refusal Conflict(IEnumerable<InputError> errors, string title) => new(RefusalKind.Conflict, title, errors.ToList());

    public static Refusal Conflict(string field, string code, string message, string? line = null) =>
        Conflict([new InputError(line, field, code, message)], ConflictTitle);

    public static Refusal Forbidden(IEnumerable<InputError> errors, string title) => new(RefusalKind.Forbidden, title, errors.ToList());

    public static Refusal NotFound(InputError error, string title) => new(RefusalKind.NotFound, title, [error]);

    public static Refusal TooLarge(string code, string message, string title) => new(RefusalKind.TooLarge, title, [new InputError(null, "file", code, message)]);

    public static Refusal Locked(int year) => new(RefusalKind.Locked, "The period is locked; nothing was recorded.",
        [new InputError(null, "year", "period-locked", $"{year} is locked for certification: its data can no longer be changed.")]);
}
