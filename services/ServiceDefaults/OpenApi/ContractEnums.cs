using System.Text.Json;

namespace CarbonPlatform.ServiceDefaults.OpenApi;

/// <summary>The kinds of organisation, as the API writes them (park-operator, …).</summary>
public enum OrganizationKind { Platform, ParkOperator, RegionalAuthority, CertificationBody }

public static class ContractEnums
{
    /// <summary>The enum member whose kebab-case name is <paramref name="name"/> (the API's spelling of a stored string).</summary>
    public static T Parse<T>(string name) where T : struct, Enum =>
        TryParse<T>(name) ?? throw new ArgumentException($"{name} is no {typeof(T).Name}.", nameof(name));

    public static T? TryParse<T>(string? name) where T : struct, Enum =>
        Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v!.Value.ToString()) == name);
}
