using System.Globalization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GeenKindDeBuurtUit.Host.OpenApi;

/// <summary>
/// Every string, number and list in the document has a bound (docs/adr/0027), so a client, a proxy
/// or a fuzzer knows the largest value it will ever meet. A member that declares its own bound keeps
/// it; the rest get the platform's ceilings, which hold because every stored value passed a smaller
/// limit on the way in and a request line is at most 8 KB.
/// </summary>
internal sealed class CeilingsFilter : IDocumentFilter
{
    /// <summary>Longer than any text the platform stores or echoes (observations: 4,000; a request line: 8 KB).</summary>
    public const int TextCeiling = 8192;

    /// <summary>A query or path value: longer than any id, school year, date, enum value or actor the API takes there.</summary>
    public const int ParameterCeiling = 256;

    /// <summary>More than any list the platform answers: a page holds at most 200, a country at most some 10,000 schools.</summary>
    public const int ListCeiling = 100_000;

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var seen = new HashSet<IOpenApiSchema>(ReferenceEqualityComparer.Instance);
        foreach (var schema in swaggerDoc.Components?.Schemas?.Values ?? [])
        {
            Bound(schema, seen, TextCeiling);
        }

        foreach (var operation in (swaggerDoc.Paths?.Values.AsEnumerable() ?? []).SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            foreach (var parameter in operation.Parameters ?? [])
            {
                Bound(parameter.Schema, seen, ParameterCeiling);
            }

            foreach (var media in operation.RequestBody?.Content?.Values.AsEnumerable() ?? [])
            {
                Bound(media.Schema, seen, TextCeiling);
            }

            foreach (var response in operation.Responses?.Values.AsEnumerable() ?? [])
            {
                foreach (var header in response.Headers?.Values.AsEnumerable() ?? [])
                {
                    Bound(header.Schema, seen, TextCeiling);
                }

                foreach (var media in response.Content?.Values.AsEnumerable() ?? [])
                {
                    Bound(media.Schema, seen, TextCeiling);
                }
            }
        }
    }

    private static void Bound(IOpenApiSchema? schema, HashSet<IOpenApiSchema> seen, int textCeiling)
    {
        if (schema is not OpenApiSchema target || !seen.Add(target))
        {
            return;
        }

        var type = target.Type ?? 0;
        if (type.HasFlag(JsonSchemaType.String) && target.MaxLength is null && target.Enum is not { Count: > 0 } && target.Const is null)
        {
            target.MaxLength = target.Format switch
            {
                "date" => 10,
                "uuid" => 36,
                "date-time" => 40,
                _ => textCeiling,
            };
        }

        if (type.HasFlag(JsonSchemaType.Integer))
        {
            var wide = target.Format == "int64";
            target.Format ??= "int32";
            target.Minimum ??= target.ExclusiveMinimum is null ? (wide ? long.MinValue : int.MinValue).ToString(CultureInfo.InvariantCulture) : null;
            target.Maximum ??= target.ExclusiveMaximum is null ? (wide ? long.MaxValue : int.MaxValue).ToString(CultureInfo.InvariantCulture) : null;
        }

        if (type.HasFlag(JsonSchemaType.Array))
        {
            target.MaxItems ??= ListCeiling;
        }

        IEnumerable<IOpenApiSchema?> parts =
        [
            target.Items, target.AdditionalProperties, .. target.Properties?.Values ?? [], .. target.OneOf ?? [], .. target.AnyOf ?? [], .. target.AllOf ?? [],
        ];
        foreach (var part in parts)
        {
            Bound(part, seen, textCeiling);
        }
    }
}
