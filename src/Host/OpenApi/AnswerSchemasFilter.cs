using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GeenKindDeBuurtUit.Host.OpenApi;

/// <summary>
/// The API writes every member of an answer, null or not, so every member of a schema that only
/// answers use is required: a generated client may then rely on it being there. A schema that both
/// a request and an answer use would make that a lie for requests, so the document refuses it.
/// </summary>
internal sealed class AnswerSchemasFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var schemas = swaggerDoc.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        var requests = new HashSet<string>(StringComparer.Ordinal);
        var answers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in (swaggerDoc.Paths?.Values.AsEnumerable() ?? []).SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            foreach (var media in operation.RequestBody?.Content?.Values.AsEnumerable() ?? [])
            {
                Reach(media.Schema, schemas, requests);
            }

            foreach (var media in (operation.Responses?.Values.AsEnumerable() ?? []).SelectMany(r => r.Content?.Values.AsEnumerable() ?? []))
            {
                Reach(media.Schema, schemas, answers);
            }
        }

        var both = requests.Intersect(answers).ToList();
        if (both.Count > 0)
        {
            throw new InvalidOperationException($"Schemas used by both requests and answers: {string.Join(", ", both)}. Give answers their own records.");
        }

        foreach (var id in answers)
        {
            // A schema that says itself which members are required (problem details) keeps its word.
            if (schemas[id] is OpenApiSchema { Properties.Count: > 0 } answer && answer.Required is not { Count: > 0 })
            {
                answer.Required = new HashSet<string>(answer.Properties.Keys, StringComparer.Ordinal);
            }
        }
    }

    private static void Reach(IOpenApiSchema? schema, IDictionary<string, IOpenApiSchema> schemas, HashSet<string> seen)
    {
        if (schema is null)
        {
            return;
        }

        if (schema is OpenApiSchemaReference { Reference.Id: { } id })
        {
            if (seen.Add(id) && schemas.TryGetValue(id, out var target))
            {
                Reach(target, schemas, seen);
            }

            return;
        }

        IEnumerable<IOpenApiSchema?> parts =
        [
            schema.Items, schema.AdditionalProperties, .. schema.Properties?.Values ?? [], .. schema.OneOf ?? [], .. schema.AnyOf ?? [], .. schema.AllOf ?? [],
        ];
        foreach (var part in parts)
        {
            Reach(part, schemas, seen);
        }
    }
}
