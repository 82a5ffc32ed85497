using GeenKindDeBuurtUit.Host.Composition;
using GeenKindDeBuurtUit.Platform.Idempotency;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GeenKindDeBuurtUit.Host.OpenApi;

/// <summary>Every POST under /api/v1 accepts an <c>Idempotency-Key</c> (docs/adr/0016); the document says so on each.</summary>
internal sealed class IdempotencyKeyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var path = "/" + context.ApiDescription.RelativePath;
        if (!string.Equals(context.ApiDescription.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)
            || !path.StartsWith(PlatformPipeline.ApiBase + "/", StringComparison.Ordinal))
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyKeyHeader.Name,
            In = ParameterLocation.Header,
            Required = false,
            Description = "Optional, 1-255 printable ASCII characters, unique per request. A retry with the same key and the same body replays "
                + "the first 2xx answer (marked `Idempotent-Replayed: true`) without a second effect; the same key with another body is 422 "
                + "`idempotency-key-reused`; while the first request runs, 409 `idempotency-key-in-flight`. Keys are kept 24 hours per caller.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = IdempotencyKeyHeader.MaxLength },
        });
    }
}
