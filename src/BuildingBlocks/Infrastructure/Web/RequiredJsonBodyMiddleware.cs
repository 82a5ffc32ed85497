using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// A missing body, or the JSON literal <c>null</c>, on an operation that takes one is 400 naming
/// <c>body</c> before anything binds it. Model binding lets <c>null</c> through to a handler whose
/// body parameter has a generic type, which then failed with a 500. Only a body the handler
/// declares nullable (<c>T?</c>) may be left out.
/// </summary>
public sealed class RequiredJsonBodyMiddleware(RequestDelegate next, PathString scope)
{
    public const string Field = "body";
    public const string Message = "A JSON object is required.";

    private static readonly byte[] NullLiteral = "null"u8.ToArray();

    private static readonly ConcurrentDictionary<Endpoint, bool> Required = new();

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(scope) && context.GetEndpoint() is { } endpoint
            && Required.GetOrAdd(endpoint, RequiresBody) && await IsAbsentOrNullAsync(context))
        {
            await ProblemResponses.WriteInvalidAsync(context, Field, Message);
            return;
        }

        await next(context);
    }

    private static bool RequiresBody(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is not { RequestType: { } bodyType })
        {
            return false;
        }

        var parameter = endpoint.Metadata.GetMetadata<MethodInfo>()?.GetParameters().FirstOrDefault(p => p.ParameterType == bodyType);
        return parameter is null || new NullabilityInfoContext().Create(parameter).ReadState != NullabilityState.Nullable;
    }

    private static async Task<bool> IsAbsentOrNullAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength == 0
            || (request.ContentLength is null && context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == false))
        {
            return true;
        }

        request.EnableBuffering();
        try
        {
            return await IsWhitespaceOrNullLiteralAsync(request.Body, context.RequestAborted);
        }
        finally
        {
            request.Body.Position = 0;
        }
    }

    // Reads only as far as it takes to see something other than whitespace around "null".
    private static async Task<bool> IsWhitespaceOrNullLiteralAsync(Stream body, CancellationToken cancellationToken)
    {
        var matched = 0;
        var chunk = new byte[4096];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (!Scan(chunk.AsSpan(0, read), ref matched))
            {
                return false;
            }
        }

        return matched is 0 || matched == NullLiteral.Length;
    }

    /// <summary>False as soon as the bytes are anything but JSON whitespace around one <c>null</c>.</summary>
    private static bool Scan(ReadOnlySpan<byte> bytes, ref int matched)
    {
        foreach (var b in bytes)
        {
            var whitespace = b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';
            if (whitespace && (matched == 0 || matched == NullLiteral.Length))
            {
                continue;
            }

            if (matched == NullLiteral.Length || b != NullLiteral[matched])
            {
                return false;
            }

            matched++;
        }

        return true;
    }
}
