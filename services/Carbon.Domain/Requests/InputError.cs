namespace CarbonPlatform.Domain.Requests;

/// <summary>One problem with a request, the one every service reports: an item of a problem's <c>errors</c> array.
/// <paramref name="Line"/> is the activity line id where there is one; <paramref name="Code"/> is a stable kebab-case word
/// (see <see cref="ErrorCodes"/>).</summary>
public sealed record InputError(string? Line, string Field, string Code, string Message)
{
    public static InputError For(string field, string code, string message) => new(null, field, code, message);
}
