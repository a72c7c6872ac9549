namespace CarbonPlatform.ServiceDefaults.Problems;

/// <summary>One item of a problem's <c>errors</c> array: the activity line (when there is one), the field, a stable kebab-case code.</summary>
public sealed record InputError(string? Line, string Field, string Code, string Message);
