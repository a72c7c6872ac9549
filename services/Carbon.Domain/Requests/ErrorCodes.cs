namespace CarbonPlatform.Domain.Requests;

/// <summary>
/// The stable codes of <see cref="InputError"/>, one file for each step that raises them; this one, reading a
/// request's fields.
/// </summary>
public static partial class ErrorCodes
{
    public const string MissingField = "missing-field";
    public const string InvalidType = "invalid-type";
    public const string InvalidValue = "invalid-value";
    public const string OutOfRange = "out-of-range";
    public const string FieldNotAllowed = "field-not-allowed";
    public const string DuplicateLineId = "duplicate-line-id";
}
