using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CarbonPlatform.ServiceDefaults.OpenApi;

/// <summary>The kinds of organisation, as the API writes them (park-operator, …).</summary>
public enum OrganizationKind { Platform, ParkOperator, RegionalAuthority, CertificationBody, Enterprise }

/// <summary>The accounting methods an inventory is computed by and a scheme evaluates with (accounting.md).</summary>
[Description("An accounting method: cers-2025 (the zero-carbon park rules of 2025) or ndrc-910-2025 (NDRC 910, 2025).")]
public enum AccountingMethod
{
    [JsonStringEnumMemberName("cers-2025")] Cers2025,
    [JsonStringEnumMemberName("ndrc-910-2025")] Ndrc9102025,
}

/// <summary>The grades an evaluation, an application or a certificate reports (the engine's grade ladder).</summary>
[Description("A grade of the zero-carbon park standard, highest first: AAA, AA, A, B, C. Null where the scheme is pass or fail (see passed) or no grade was reached.")]
public enum Grade
{
    [JsonStringEnumMemberName("AAA")] Aaa,
    [JsonStringEnumMemberName("AA")] Aa,
    [JsonStringEnumMemberName("A")] A,
    [JsonStringEnumMemberName("B")] B,
    [JsonStringEnumMemberName("C")] C,
}

public static class ContractEnums
{
    /// <summary>The enum member whose kebab-case name is <paramref name="name"/> (the API's spelling of a stored string).</summary>
    public static T Parse<T>(string name) where T : struct, Enum =>
        TryParse<T>(name) ?? throw new ArgumentException($"{name} is no {typeof(T).Name}.", nameof(name));

    public static T? TryParse<T>(string? name) where T : struct, Enum =>
        Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => NameOf(v!.Value) == name);

    /// <summary>How the API writes the member: its <see cref="JsonStringEnumMemberNameAttribute"/> name, or kebab-case.</summary>
    public static string NameOf<T>(T value) where T : struct, Enum =>
        typeof(T).GetField(value.ToString())?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
        ?? JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
