using GeenKindDeBuurtUit.Facilities.Infrastructure.Api;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GeenKindDeBuurtUit.Host.OpenApi;

/// <summary>
/// A 200 answer that also goes out in another media type with a shape of its own (the BEN map's
/// GeoJSON, docs/adr/0059): the endpoint's <see cref="AnswerMediaType"/> gives that media type its schema.
/// </summary>
internal sealed class AnswerMediaTypeOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var alternative in context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<AnswerMediaType>())
        {
            if (operation.Responses?.TryGetValue("200", out var answer) != true || answer is not OpenApiResponse ok)
            {
                continue;
            }

            ok.Content ??= new Dictionary<string, OpenApiMediaType>();
            ok.Content[alternative.MediaType] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(alternative.Schema, context.SchemaRepository) };
            ok.Description = $"{ok.Description?.TrimEnd('.')}. As `{alternative.MediaType}`: {alternative.Description}";
        }
    }
}
