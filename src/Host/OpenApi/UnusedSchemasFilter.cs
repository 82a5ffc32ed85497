using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GeenKindDeBuurtUit.Host.OpenApi;

/// <summary>Drops component schemas no operation reaches (the framework's own problem types, replaced by ours).</summary>
internal sealed class UnusedSchemasFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        if (swaggerDoc.Components?.Schemas is not { } schemas)
        {
            return;
        }

        while (true)
        {
            var text = Serialize(swaggerDoc);
            var unused = schemas.Keys.Where(id => !text.Contains($"\"#/components/schemas/{id}\"", StringComparison.Ordinal)).ToList();
            if (unused.Count == 0)
            {
                return;
            }

            foreach (var id in unused)
            {
                schemas.Remove(id);
            }
        }
    }

    private static string Serialize(OpenApiDocument document)
    {
        using var writer = new StringWriter();
        document.SerializeAsV31(new OpenApiJsonWriter(writer));
        return writer.ToString();
    }
}
