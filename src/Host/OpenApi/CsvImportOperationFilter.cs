using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.Platform.CsvImport;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GeenKindDeBuurtUit.Host.OpenApi;

/// <summary>
/// An import's body is a file, not a JSON schema: the document says what the file holds, its
/// limits and a valid example, all from the endpoint's <see cref="CsvImportFormat"/> (docs/adr/0048).
/// </summary>
internal sealed class CsvImportOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<CsvImportFormat>().FirstOrDefault() is not { } format)
        {
            return;
        }

        var json = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<CsvImportJsonBody>().FirstOrDefault();
        var body = new OpenApiRequestBody
        {
            Description = json is null ? format.Description : $"A JSON object (`application/json`), or the same as a file (`{CsvImportFormat.MediaType}`): {format.Description}",
            Required = true,
        };
        operation.RequestBody = body;
        body.Content = new Dictionary<string, OpenApiMediaType>();
        if (json is not null)
        {
            // The JSON body is described and checked (docs/adr/0027) like any other; the file beside it as above.
            body.Content["application/json"] = new() { Schema = context.SchemaGenerator.GenerateSchema(json.Type, context.SchemaRepository) };
        }

        body.Content[CsvImportFormat.MediaType] = new()
        {
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = format.MaxBytes },
            Example = JsonValue.Create(format.Example),
        };
    }
}
