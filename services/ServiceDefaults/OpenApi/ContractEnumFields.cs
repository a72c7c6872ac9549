using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CarbonPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// Fields a service keeps as strings, validating them itself so that a wrong value is a problem naming its field, but that
/// take a fixed set of values: the contract declares them as the named enum schema of a contract enum (kebab-case names, or
/// <see cref="JsonStringEnumMemberNameAttribute"/>), so that a generated client types them. The wire format does not change.
/// </summary>
public static class ContractEnumFields
{
    /// <summary>The properties (JSON names) of <paramref name="declaring"/> take the values of <typeparamref name="TEnum"/>.</summary>
    public static OpenApiOptions DocumentEnum<TEnum>(this OpenApiOptions options, Type declaring, params string[] properties) where TEnum : struct, Enum
    {
        options.AddDocumentTransformer(new EnumProperties(declaring, typeof(TEnum), properties));
        return options;
    }

    /// <summary>One property each of several declaring types takes the values of <typeparamref name="TEnum"/>, in this order.</summary>
    public static OpenApiOptions DocumentEnum<TEnum>(this OpenApiOptions options, params (Type Declaring, string Property)[] uses) where TEnum : struct, Enum
    {
        foreach (var (declaring, property) in uses) options.DocumentEnum<TEnum>(declaring, property);
        return options;
    }

    /// <summary>The query parameter takes the values of <typeparamref name="TEnum"/>.</summary>
    public static RouteHandlerBuilder WithEnumQuery<TEnum>(this RouteHandlerBuilder builder, string parameter) where TEnum : struct, Enum =>
        builder.WithMetadata(new EnumQuery(parameter, typeof(TEnum)));

    /// <summary>The values of a contract enum as the API writes them.</summary>
    public static IReadOnlyList<string> Names<TEnum>() where TEnum : struct, Enum => Names(typeof(TEnum));

    internal static IReadOnlyList<string> Names(Type enumType) =>
        [.. enumType.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f =>
            f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? JsonNamingPolicy.KebabCaseLower.ConvertName(f.Name))];

    /// <summary>A reference to the enum's component schema, which is added to the document when missing.</summary>
    internal static OpenApiSchemaReference Reference(Type enumType, OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas.TryAdd(enumType.Name, new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = enumType.GetCustomAttribute<DescriptionAttribute>()?.Description,
            Enum = [.. Names(enumType).Select(n => (JsonNode)JsonValue.Create(n))],
        });
        return new OpenApiSchemaReference(enumType.Name, document);
    }
}

internal sealed record EnumQuery(string Parameter, Type Enum);

/// <summary>
/// Replaces the string schema of the named properties of <c>declaring</c>'s component by a reference to the enum's, keeping
/// null where the property allows it. A document transformer: the generator resolves references after the schema
/// transformers have run and takes none from them.
/// </summary>
internal sealed class EnumProperties(Type declaring, Type enumType, IReadOnlyCollection<string> properties) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        // A type or name that is not there is a mistake in the service's declarations: the document is not served wrong.
        IOpenApiSchema? component = null;
        if (document.Components?.Schemas?.TryGetValue(declaring.Name, out component) != true || component is not OpenApiSchema { Properties: { } })
            throw new InvalidOperationException($"The document has no schema {declaring.Name} to declare {enumType.Name} in.");
        foreach (var path in properties)
        {
            // A path reaches into objects the generator inlined: "target.grade", "lines[].unit".
            var segments = path.Split('.');
            var fields = Fields(component, segments[..^1], document, path);
            var name = segments[^1];
            if (!fields.TryGetValue(name, out var property))
                throw new InvalidOperationException($"{declaring.Name} has no property '{path}' to declare as {enumType.Name}.");
            var reference = ContractEnumFields.Reference(enumType, document);
            fields[name] = Nullable(property)
                ? new OpenApiSchema { AnyOf = [new OpenApiSchema { Type = JsonSchemaType.Null }, reference] }
                : reference;
        }
        return Task.CompletedTask;
    }

    private IDictionary<string, IOpenApiSchema> Fields(IOpenApiSchema schema, IEnumerable<string> through, OpenApiDocument document, string path)
    {
        foreach (var segment in through)
        {
            var items = segment.EndsWith("[]", StringComparison.Ordinal);
            var name = items ? segment[..^2] : segment;
            if (Resolved(schema, document).Properties?.TryGetValue(name, out var next) != true || next is null)
                throw new InvalidOperationException($"{declaring.Name} has no property '{path}' to declare as {enumType.Name}.");
            schema = items ? Resolved(next, document).Items ?? throw new InvalidOperationException($"{declaring.Name}.{name} is no array.") : next;
        }
        return Resolved(schema, document).Properties ?? throw new InvalidOperationException($"{declaring.Name} has no object at '{path}'.");
    }

    private static IOpenApiSchema Resolved(IOpenApiSchema schema, OpenApiDocument document) =>
        schema is OpenApiSchemaReference { Reference.Id: { } id } && document.Components?.Schemas?.TryGetValue(id, out var target) == true ? target
        : (schema.AnyOf ?? schema.OneOf)?.FirstOrDefault(s => s.Type != JsonSchemaType.Null) is { } branch ? Resolved(branch, document)
        : schema;

    private static bool Nullable(IOpenApiSchema property) =>
        property.Type is { } type && type.HasFlag(JsonSchemaType.Null)
        || (property.AnyOf ?? property.OneOf)?.Any(s => s.Type == JsonSchemaType.Null) == true;
}

/// <summary>Query parameters an endpoint declared with <see cref="ContractEnumFields.WithEnumQuery{TEnum}"/>.</summary>
internal sealed class EnumQueryParameters : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        foreach (var query in context.Description.ActionDescriptor.EndpointMetadata.OfType<EnumQuery>())
        {
            var parameter = operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => p.In == ParameterLocation.Query && p.Name == query.Parameter)
                ?? throw new InvalidOperationException($"{operation.OperationId} has no query parameter '{query.Parameter}' to declare as {query.Enum.Name}.");
            parameter.Schema = ContractEnumFields.Reference(query.Enum, context.Document!);
        }
        return Task.CompletedTask;
    }
}
