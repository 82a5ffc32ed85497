using GeenKindDeBuurtUit.Host.Composition;
using GeenKindDeBuurtUit.Platform.Idempotency;
using GeenKindDeBuurtUit.Platform.Spreadsheets;
using Microsoft.AspNetCore.Authorization;
using System.Reflection;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GeenKindDeBuurtUit.Host.OpenApi;

/// <summary>
/// Every answer an operation can give, from what the platform's edge does to every request of its
/// kind (docs/adr/0027): 400, 401 and 429 everywhere, 403 where a role is required, 404 where the
/// path names a resource, 409/412/413/415/422 where a body or a change is sent; each error with the
/// problem details schema, and the headers the answers carry.
/// </summary>
internal sealed class AnswersOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var description = context.ApiDescription;
        var path = "/" + description.RelativePath;
        if (!path.StartsWith(PlatformPipeline.ApiBase + "/", StringComparison.Ordinal))
        {
            return;
        }

        var method = description.HttpMethod?.ToUpperInvariant() ?? "GET";
        var changes = method is "POST" or "PUT" or "PATCH" or "DELETE";
        var namesResource = path.Contains('{', StringComparison.Ordinal);
        var hasBody = operation.RequestBody is not null;
        var problems = new ProblemSchemas(context);
        operation.Responses ??= [];

        Add(operation, "400", "The request is invalid: `errors` names each field and what it expects.", problems.Validation);
        Add(operation, "401", "No token, or a token that was refused (`detail` says why).", problems.Problem);
        if (RequiresRole(description.ActionDescriptor.EndpointMetadata) || changes)
        {
            Add(operation, "403", "The token's role or scope does not allow this (`detail` names what is needed).", problems.Problem);
        }

        if (namesResource || changes)
        {
            Add(operation, "404", "No such resource in the caller's scope.", problems.Problem);
        }

        if (changes)
        {
            Add(operation, "409", "A duplicate that cannot be merged, or the same `Idempotency-Key` still in flight.", problems.Problem);
            Add(operation, "422", "A business rule refused the request; `code` names the rule.", problems.Problem);
        }

        if (changes && namesResource)
        {
            Add(operation, "412", "`If-Match` names a version that is no longer current.", problems.Problem);
            AddIfMatch(operation);
        }

        if (hasBody)
        {
            Add(operation, "413", "The request body is larger than the platform accepts.", problems.Problem);
            Add(operation, "415", $"The request body is not `{string.Join("` or `", operation.RequestBody!.Content?.Keys ?? ["application/json"])}`.", problems.Problem);
        }

        var tooMany = Add(operation, "429", "Too many requests from this caller (its token's `sub`, or its client address when it has no valid token); retry after `Retry-After` seconds.", problems.Problem);
        Header(tooMany, "Retry-After", "Seconds to wait before the next request.", JsonSchemaType.Integer);

        foreach (var status in operation.Responses.Keys.Where(s => s.StartsWith('4')).ToList())
        {
            // Whatever an endpoint declared itself, its errors are this API's problem details.
            Add(operation, status, operation.Responses[status].Description ?? "A problem.", status == "400" ? problems.Validation : problems.Problem);
        }

        foreach (var (status, answer) in operation.Responses.Where(r => r.Key.StartsWith('2')))
        {
            DescribeSuccess(status, answer, method, changes || namesResource);
        }

        if (operation.RequestBody is OpenApiRequestBody body)
        {
            body.Required = !BodyIsOptional(description);
        }

        var ordered = operation.Responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        operation.Responses.Clear();
        foreach (var (status, answer) in ordered)
        {
            operation.Responses.Add(status, answer);
        }
    }

    // Only a body parameter declared nullable (`AssignmentRequest? body`) may be left out.
    private static bool BodyIsOptional(ApiDescription description) =>
        description.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body)?.ParameterDescriptor is IParameterInfoParameterDescriptor { ParameterInfo: { } parameter }
        && new NullabilityInfoContext().Create(parameter).ReadState == NullabilityState.Nullable;

    private static void DescribeSuccess(string status, IOpenApiResponse answer, string method, bool versioned)
    {
        if (status == "201")
        {
            Header(answer, "Location", "The address of the created resource.", JsonSchemaType.String);
        }

        if (status == "202")
        {
            Header(answer, "Location", "Where to follow what was accepted.", JsonSchemaType.String);
        }

        if (versioned)
        {
            Header(answer, "ETag", "The resource's version; send it as `If-Match` with the next change.", JsonSchemaType.String);
        }

        if (method == "POST")
        {
            Header(answer, IdempotencyMiddleware.ReplayedHeader, "`true` when this is the stored answer to an earlier request with the same `Idempotency-Key`.",
                JsonSchemaType.String);
        }

        foreach (var (mediaType, media) in answer.Content ?? new Dictionary<string, OpenApiMediaType>())
        {
            if (mediaType.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
            {
                // A CSV file is text, whatever record the JSON form of the same answer has.
                media.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A CSV file (UTF-8, comma separated, header row)." };
            }

            if (mediaType.Equals(XlsxWorkbook.MediaType, StringComparison.OrdinalIgnoreCase))
            {
                media.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Format = "binary",
                    // A bound in bytes, as every string here has one (docs/adr/0027): far above a year's workbook of every area.
                    MaxLength = 100_000_000,
                    Description = "An XLSX workbook: sheets Summary, Ledger and Reconciliation (Samenvatting, Grootboek, Verrekening with Accept-Language: nl), amounts as numbers in euros, names instead of ids.",
                };
            }
        }
    }

    private static bool RequiresRole(IEnumerable<object> metadata) =>
        metadata.OfType<AuthorizationPolicy>().SelectMany(p => p.Requirements).Any(r => r is RolesAuthorizationRequirement)
        || metadata.OfType<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Roles) || !string.IsNullOrEmpty(a.Policy));

    private static IOpenApiResponse Add(OpenApiOperation operation, string status, string description, IOpenApiSchema schema)
    {
        if (!operation.Responses!.TryGetValue(status, out var response))
        {
            response = new OpenApiResponse();
            operation.Responses[status] = response;
        }

        if (response is OpenApiResponse concrete)
        {
            concrete.Description = concrete.Description is { Length: > 0 } own && !IsDefaultDescription(own) ? own : description;
            concrete.Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = schema } };
        }

        return response;
    }

    private static bool IsDefaultDescription(string text) =>
        text is "Bad Request" or "Unauthorized" or "Forbidden" or "Not Found" or "Conflict" or "Precondition Failed" or "Unprocessable Entity"
            or "Payload Too Large" or "Content Too Large" or "Unsupported Media Type" or "Too Many Requests";

    private static void Header(IOpenApiResponse response, string name, string description, JsonSchemaType type)
    {
        if (response is OpenApiResponse concrete)
        {
            concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
            concrete.Headers[name] = new OpenApiHeader
            {
                Description = description,
                Schema = new OpenApiSchema { Type = type, Minimum = type == JsonSchemaType.Integer ? "0" : null },
            };
        }
    }

    private static void AddIfMatch(OpenApiOperation operation)
    {
        operation.Parameters ??= [];
        if (operation.Parameters.Any(p => p.Name == "If-Match"))
        {
            return;
        }

        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-Match",
            In = ParameterLocation.Header,
            Required = false,
            Description = "Optional: the `ETag` of the version this change was made against; a newer version answers 412 and nothing changes.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
        });
    }
}
