using System.Reflection;

namespace CarbonPlatform.Evaluation.Engine.Schemes;

/// <summary>Reads the scheme definitions shipped as embedded resources (Schemes/Definitions/*.json).</summary>
internal static class EmbeddedSchemes
{
    private const string Prefix = "CarbonPlatform.Evaluation.Engine.Schemes.";

    public static IReadOnlyList<SchemeDefinition> Load()
    {
        var assembly = typeof(EmbeddedSchemes).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => Read(assembly, n))
            .ToList();
    }

    private static SchemeDefinition Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var result = SchemeDefinitionReader.Read(reader.ReadToEnd());

        // A shipped scheme that does not validate is a build defect, not an input error.
        return result.Definition ?? throw new InvalidOperationException(
            $"Embedded scheme {name} is invalid: {string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}"))}");
    }
}
