using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Evaluation.Evaluations;

/// <summary>
/// Evaluations store a scheme's status as the enum's lower-case name (`secondarysource`); every answer spells it as the
/// contract does (`secondary-source`).
/// </summary>
public static class StoredSchemeStatus
{
    public static string ForContract(string stored) =>
        Enum.TryParse<SchemeStatus>(stored, ignoreCase: true, out var status) ? JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString()) : stored;
}
