using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CarbonPlatform.Deployment.Tests.Support;

/// <summary>
/// YAML to System.Text.Json nodes, with the scalar types Helm gives them (plain scalars: null, booleans, integers,
/// floats; quoted and block scalars: strings). Plain scalars that YAML 1.1 (Helm's parser) and YAML 1.2 read
/// differently (yes/no/on/off/y/n) and merge keys are refused: a values file must not depend on them.
/// </summary>
public static partial class YamlJson
{
    public static JsonNode? ParseSingle(string text, string source)
    {
        var documents = ParseAll(text, source);
        return documents.Count switch
        {
            0 => null,
            1 => documents[0],
            _ => throw new InvalidDataException($"{source}: expected one YAML document, found {documents.Count}"),
        };
    }

    /// <summary>Every document of a stream (empty documents, e.g. a lone comment, are left out).</summary>
    public static List<JsonNode?> ParseAll(string text, string source)
    {
        var stream = new YamlStream();
        try { stream.Load(new StringReader(text)); }
        catch (YamlException e) { throw new InvalidDataException($"{source}: {e.Message} ({e.Start})", e); }
        return stream.Documents.Where(d => d.RootNode is not YamlScalarNode { Value: null or "" })
            .Select(d => Convert(d.RootNode, source)).ToList();
    }

    private static JsonNode? Convert(YamlNode node, string source)
    {
        switch (node)
        {
            case YamlMappingNode map:
                var obj = new JsonObject();
                foreach (var (keyNode, valueNode) in map.Children)
                {
                    if (keyNode is not YamlScalarNode { Value: { } key })
                        throw new InvalidDataException($"{source}: only scalar mapping keys are supported ({keyNode.Start})");
                    if (key == "<<") throw new InvalidDataException($"{source}: merge keys (<<) are not supported ({keyNode.Start})");
                    if (obj.ContainsKey(key)) throw new InvalidDataException($"{source}: duplicate key '{key}' ({keyNode.Start})");
                    obj[key] = Convert(valueNode, source);
                }
                return obj;
            case YamlSequenceNode seq:
                var array = new JsonArray();
                foreach (var item in seq.Children) array.Add(Convert(item, source));
                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar, source);
            default:
                throw new InvalidDataException($"{source}: unsupported YAML node {node.GetType().Name} ({node.Start})");
        }
    }

    private static JsonNode? Scalar(YamlScalarNode scalar, string source)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain) return JsonValue.Create(value);
        if (!scalar.Tag.IsEmpty && scalar.Tag.Value == "tag:yaml.org,2002:str") return JsonValue.Create(value);
        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL": return null;
            case "true" or "True" or "TRUE": return JsonValue.Create(true);
            case "false" or "False" or "FALSE": return JsonValue.Create(false);
        }
        if (Ambiguous().IsMatch(value))
            throw new InvalidDataException($"{source}: plain scalar '{value}' is a boolean in YAML 1.1 (Helm) and a string in YAML 1.2: quote it ({scalar.Start})");
        if (Integer().IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
            return JsonNode.Parse(l.ToString(CultureInfo.InvariantCulture));
        if (Float().IsMatch(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            return JsonNode.Parse(d.ToString("R", CultureInfo.InvariantCulture));
        return JsonValue.Create(value);
    }

    [GeneratedRegex("^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$")]
    private static partial Regex Ambiguous();

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
