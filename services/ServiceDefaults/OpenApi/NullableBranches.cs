using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CarbonPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// The generator writes a nullable reference as <c>oneOf [null, X]</c>, and does so after the schema transformers have run.
/// Where X admits null too (a nullable enum, a value of any type) both branches match a null and oneOf refuses it: the
/// whole document's <c>oneOf [null, X]</c> become <c>anyOf</c>, which says what is meant.
/// </summary>
internal sealed class NullableBranches : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        var seen = new HashSet<OpenApiSchema>(ReferenceEqualityComparer.Instance);
        foreach (var schema in document.Components?.Schemas?.Values.AsEnumerable() ?? []) Visit(schema, seen);
        foreach (var operation in (document.Paths?.Values.AsEnumerable() ?? []).SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            foreach (var media in operation.RequestBody?.Content?.Values.AsEnumerable() ?? []) Visit(media.Schema, seen);
            foreach (var media in (operation.Responses?.Values.AsEnumerable() ?? []).SelectMany(r => r.Content?.Values.AsEnumerable() ?? [])) Visit(media.Schema, seen);
        }
        return Task.CompletedTask;
    }

    private static void Visit(IOpenApiSchema? node, HashSet<OpenApiSchema> seen)
    {
        if (node is not OpenApiSchema schema || !seen.Add(schema)) return; // references are visited where they are defined
        if (schema.OneOf is { Count: 2 } branches && branches.Any(b => b.Type == JsonSchemaType.Null))
        {
            schema.AnyOf = branches;
            schema.OneOf = null;
        }
        foreach (var property in schema.Properties?.Values.AsEnumerable() ?? []) Visit(property, seen);
        Visit(schema.Items, seen);
        if (schema.AdditionalProperties is { } additional) Visit(additional, seen);
        foreach (var branch in (schema.AnyOf ?? []).Concat(schema.AllOf ?? []).Concat(schema.OneOf ?? [])) Visit(branch, seen);
    }
}
