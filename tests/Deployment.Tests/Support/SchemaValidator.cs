using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CarbonPlatform.Deployment.Tests.Support;

/// <summary>
/// A JSON Schema (draft-07) validator for the subset the charts' values.schema.json files use:
/// type (one or a list of: object, array, string, integer, number, boolean, null), properties,
/// additionalProperties (false or a schema), required, propertyNames, enum, const, minimum, maximum,
/// minLength, maxLength, pattern, items (one schema), minItems, maxItems, uniqueItems, and $ref to
/// "#/definitions/NAME" (draft-07: keywords beside $ref are ignored, so only annotations may stand there).
/// Annotations: $schema, $id, title, description, default, examples, definitions.
/// Any other keyword makes the constructor throw: a schema cannot silently rely on a keyword nobody checks.
/// Keyword semantics follow the specification: type-specific keywords apply only to instances of that type.
/// </summary>
public sealed class SchemaValidator
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "title", "description", "default", "examples", "definitions"];
    private static readonly HashSet<string> Assertions =
    [
        "$ref", "type", "properties", "additionalProperties", "required", "propertyNames", "enum", "const", "minimum", "maximum",
        "minLength", "maxLength", "pattern", "items", "minItems", "maxItems", "uniqueItems",
    ];
    private static readonly HashSet<string> Types = ["object", "array", "string", "integer", "number", "boolean", "null"];

    private readonly JsonObject _root;
    private readonly Dictionary<string, Regex> _patterns = [];

    public SchemaValidator(JsonObject root)
    {
        _root = root;
        CheckSchema(root, "#");
    }

    public static SchemaValidator Load(string relativePath) =>
        new(JsonNode.Parse(Repo.Read(relativePath)) as JsonObject ?? throw new InvalidDataException(relativePath + " is not a JSON object"));

    public JsonObject Root => _root;

    public IReadOnlyList<string> Validate(JsonNode? instance)
    {
        var errors = new List<string>();
        Validate(_root, instance, "", errors);
        return errors;
    }

    /// <summary>The sub-schema for a path of property names (following $ref); null where the schema has no such property.</summary>
    public JsonObject? SchemaAt(JsonObject start, IEnumerable<string> path)
    {
        var current = Resolve(start);
        foreach (var segment in path)
        {
            if (current["properties"] is JsonObject props && props[segment] is JsonObject next) current = Resolve(next);
            else if (current["additionalProperties"] is JsonObject extra) current = Resolve(extra);
            else return null;
        }
        return current;
    }

    public JsonObject Definition(string name) =>
        _root["definitions"]?[name] as JsonObject ?? throw new KeyNotFoundException("definitions/" + name);

    public JsonObject Resolve(JsonObject schema)
    {
        var seen = 0;
        while (schema["$ref"] is JsonValue reference)
        {
            var text = reference.GetValue<string>();
            const string prefix = "#/definitions/";
            if (!text.StartsWith(prefix, StringComparison.Ordinal)) throw new NotSupportedException("$ref " + text);
            schema = Definition(text[prefix.Length..]);
            if (++seen > 32) throw new InvalidDataException("$ref cycle at " + text);
        }
        return schema;
    }

    private void CheckSchema(JsonNode? node, string at)
    {
        if (node is JsonValue v && v.TryGetValue<bool>(out _)) return; // true / false schemas
        if (node is not JsonObject schema) throw new InvalidDataException($"{at}: a schema must be an object or a boolean");
        foreach (var (key, value) in schema)
        {
            if (!Annotations.Contains(key) && !Assertions.Contains(key))
                throw new NotSupportedException($"{at}: keyword '{key}' is not supported by this validator");
            if (key == "$ref")
            {
                var others = schema.Select(p => p.Key).Where(k => k != "$ref" && Assertions.Contains(k)).ToList();
                if (others.Count > 0) throw new NotSupportedException($"{at}: {string.Join(", ", others)} beside $ref (ignored in draft-07)");
                Resolve(schema);
            }
        }
        if (schema["type"] is { } type)
        {
            var names = type is JsonArray a ? a.Select(t => t!.GetValue<string>()) : [type.GetValue<string>()];
            foreach (var t in names) if (!Types.Contains(t)) throw new InvalidDataException($"{at}: unknown type '{t}'");
        }
        if (schema["pattern"] is JsonValue pattern) Pattern(pattern.GetValue<string>());
        if (schema["properties"] is JsonObject properties)
            foreach (var (name, sub) in properties) CheckSchema(sub, $"{at}/properties/{name}");
        if (schema["additionalProperties"] is { } additional) CheckSchema(additional, at + "/additionalProperties");
        if (schema["propertyNames"] is { } propertyNames) CheckSchema(propertyNames, at + "/propertyNames");
        if (schema["items"] is { } items) CheckSchema(items, at + "/items");
        if (schema["definitions"] is JsonObject definitions)
            foreach (var (name, sub) in definitions) CheckSchema(sub, $"{at}/definitions/{name}");
    }

    private Regex Pattern(string pattern)
    {
        if (!_patterns.TryGetValue(pattern, out var regex))
            _patterns[pattern] = regex = new Regex(pattern, RegexOptions.CultureInvariant);
        return regex;
    }

    private void Validate(JsonNode? schemaNode, JsonNode? instance, string at, List<string> errors)
    {
        if (schemaNode is JsonValue boolean && boolean.TryGetValue<bool>(out var allowed))
        {
            if (!allowed) errors.Add($"{Where(at)}: not allowed");
            return;
        }
        var schema = Resolve((JsonObject)schemaNode!);
        var kind = KindOf(instance);

        if (schema["type"] is { } type)
        {
            var names = type is JsonArray a ? a.Select(t => t!.GetValue<string>()).ToList() : [type.GetValue<string>()];
            if (!names.Any(t => Is(kind, instance, t)))
            {
                errors.Add($"{Where(at)}: expected {string.Join(" or ", names)}, found {kind}");
                return;
            }
        }
        if (schema["enum"] is JsonArray options && !options.Any(o => JsonNode.DeepEquals(o, instance)))
            errors.Add($"{Where(at)}: {Show(instance)} is not one of {options.ToJsonString()}");
        if (schema.ContainsKey("const") && !JsonNode.DeepEquals(schema["const"], instance))
            errors.Add($"{Where(at)}: must be {schema["const"]?.ToJsonString() ?? "null"}");

        switch (kind)
        {
            case "object":
                ValidateObject(schema, (JsonObject)instance!, at, errors);
                break;
            case "array":
                ValidateArray(schema, (JsonArray)instance!, at, errors);
                break;
            case "string":
                var text = instance!.GetValue<string>();
                var length = text.EnumerateRunes().Count();
                if (schema["minLength"] is JsonValue minLength && length < minLength.GetValue<int>())
                    errors.Add($"{Where(at)}: shorter than {minLength}");
                if (schema["maxLength"] is JsonValue maxLength && length > maxLength.GetValue<int>())
                    errors.Add($"{Where(at)}: longer than {maxLength}");
                if (schema["pattern"] is JsonValue pattern && !Pattern(pattern.GetValue<string>()).IsMatch(text))
                    errors.Add($"{Where(at)}: '{text}' does not match {pattern}");
                break;
            case "number":
                var number = Number(instance!);
                if (schema["minimum"] is JsonValue minimum && number < Number(minimum))
                    errors.Add($"{Where(at)}: {number} is below the minimum {minimum}");
                if (schema["maximum"] is JsonValue maximum && number > Number(maximum))
                    errors.Add($"{Where(at)}: {number} is above the maximum {maximum}");
                break;
        }
    }

    private void ValidateObject(JsonObject schema, JsonObject instance, string at, List<string> errors)
    {
        if (schema["required"] is JsonArray required)
            foreach (var name in required.Select(r => r!.GetValue<string>()))
                if (!instance.ContainsKey(name)) errors.Add($"{Where(at)}: required property '{name}' is missing");
        var properties = schema["properties"] as JsonObject;
        foreach (var (name, value) in instance)
        {
            if (schema["propertyNames"] is { } names) Validate(names, JsonValue.Create(name), $"{at}/{name} (name)", errors);
            if (properties?[name] is { } property) Validate(property, value, $"{at}/{name}", errors);
            else if (schema["additionalProperties"] is { } additional)
            {
                if (additional is JsonValue b && b.TryGetValue<bool>(out var allowed) && !allowed)
                    errors.Add($"{Where(at)}: property '{name}' is not allowed");
                else Validate(additional, value, $"{at}/{name}", errors);
            }
        }
    }

    private void ValidateArray(JsonObject schema, JsonArray instance, string at, List<string> errors)
    {
        if (schema["minItems"] is JsonValue minItems && instance.Count < minItems.GetValue<int>())
            errors.Add($"{Where(at)}: fewer than {minItems} items");
        if (schema["maxItems"] is JsonValue maxItems && instance.Count > maxItems.GetValue<int>())
            errors.Add($"{Where(at)}: more than {maxItems} items");
        if (schema["uniqueItems"] is JsonValue unique && unique.GetValue<bool>())
            for (var i = 0; i < instance.Count; i++)
                for (var j = i + 1; j < instance.Count; j++)
                    if (JsonNode.DeepEquals(instance[i], instance[j])) errors.Add($"{Where(at)}: items {i} and {j} are equal");
        if (schema["items"] is { } items)
            for (var i = 0; i < instance.Count; i++) Validate(items, instance[i], $"{at}/{i}", errors);
    }

    private static string KindOf(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v when v.TryGetValue<bool>(out _) => "boolean",
        JsonValue v when v.TryGetValue<string>(out _) => "string",
        JsonValue => "number",
        _ => "unknown",
    };

    private static bool Is(string kind, JsonNode? instance, string type) => type switch
    {
        "integer" => kind == "number" && Math.Abs(Number(instance!) % 1) == 0,
        "number" => kind == "number",
        _ => kind == type,
    };

    private static double Number(JsonNode node)
    {
        var v = (JsonValue)node;
        if (v.TryGetValue<double>(out var d)) return d;
        if (v.TryGetValue<long>(out var l)) return l;
        if (v.TryGetValue<int>(out var i)) return i;
        if (v.TryGetValue<decimal>(out var m)) return (double)m;
        throw new InvalidDataException("not a number: " + node.ToJsonString());
    }

    private static string Show(JsonNode? node) => node?.ToJsonString() ?? "null";

    private static string Where(string at) => at.Length == 0 ? "(root)" : at;
}
