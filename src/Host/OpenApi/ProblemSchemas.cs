using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GeenKindDeBuurtUit.Host.OpenApi;

/// <summary>
/// RFC 9457 problem details as this API writes them: <c>type</c>, <c>title</c>, <c>status</c> and
/// <c>traceId</c> always, <c>detail</c> and the rule's <c>code</c> where there is one, other
/// extension members allowed; a validation problem adds <c>errors</c> per field.
/// </summary>
internal sealed class ProblemSchemas
{
    public const string ProblemId = "Problem";
    public const string ValidationId = "ValidationProblem";

    public ProblemSchemas(OperationFilterContext context)
    {
        var repository = context.SchemaRepository;
        if (!repository.Schemas.ContainsKey(ProblemId))
        {
            repository.AddDefinition(ProblemId, Build(validation: false));
            repository.AddDefinition(ValidationId, Build(validation: true));
        }

        Problem = new OpenApiSchemaReference(ProblemId, context.Document);
        Validation = new OpenApiSchemaReference(ValidationId, context.Document);
    }

    public IOpenApiSchema Problem { get; }

    public IOpenApiSchema Validation { get; }

    private static OpenApiSchema Build(bool validation)
    {
        var schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = validation ? "A problem with the request's fields; `errors` names each one." : "RFC 9457 problem details.",
            Required = new HashSet<string>(["type", "title", "status", "detail", "traceId", .. validation ? new[] { "errors" } : []], StringComparer.Ordinal),
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = Text("A URI identifying the kind of problem."),
                ["title"] = Text("A short summary of the kind of problem."),
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "400", Maximum = "599" },
                ["detail"] = Text("What went wrong with this request, and what to do about it."),
                ["instance"] = Text("The request this problem is about."),
                ["traceId"] = Text("Quote it when asking for help: it finds this request in the platform's logs."),
                ["code"] = Text("The business rule that refused the request (422), e.g. `ot-requires-swv`."),
                ["existingCaseId"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Format = "uuid",
                    Description = "The open case of the same pupil at the same school (409 when opening a case).",
                },
            },
            AdditionalPropertiesAllowed = true,
            Examples =
            [
                new JsonObject
                {
                    ["type"] = "https://tools.ietf.org/html/rfc9110#section-15.5.21",
                    ["title"] = "A business rule refused the request.",
                    ["status"] = 422,
                    ["detail"] = "An OT meeting is held only at level 5.",
                    ["code"] = "ot-requires-level-5",
                    ["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                },
            ],
        };
        if (validation)
        {
            schema.Properties["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Per field (`openedOn`, `participants[0].role`, `body`): what it expects.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            };
            schema.Examples =
            [
                new JsonObject
                {
                    ["type"] = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
                    ["title"] = "The request is invalid.",
                    ["status"] = 400,
                    ["detail"] = "One or more fields are invalid; see errors.",
                    ["errors"] = new JsonObject { ["openedOn"] = new JsonArray("Expected a date as YYYY-MM-DD.") },
                    ["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                },
            ];
        }

        return schema;
    }

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
}
