using System.Text.Json;

namespace CarbonPlatform.Evaluation.Engine.Schemes.Validation;

/// <summary>An enum value as it is written in JSON (kebab-case).</summary>
internal static class Names
{
    public static string Of<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
