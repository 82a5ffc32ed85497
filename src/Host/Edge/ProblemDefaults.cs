using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace GeenKindDeBuurtUit.Host.Edge;

/// <summary>
/// What every problem carries (docs/adr/0028): a <c>type</c> (the RFC section of its status), a
/// <c>title</c>, its <c>status</c> and a <c>detail</c> a person can act on, also when the code
/// that answered gave only a status (status code pages, routing's 404 and 405, a 415).
/// </summary>
internal static class ProblemDefaults
{
    public static void Apply(HttpContext context, ProblemDetails problem)
    {
        var status = problem.Status ?? context.Response.StatusCode;
        problem.Status = status;
        problem.Type ??= TypeOf(status);
        problem.Title ??= ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error";
        if (string.IsNullOrWhiteSpace(problem.Detail))
        {
            problem.Detail = ProblemDetailHint.Find(context, status) ?? DetailFor(context, status);
        }
    }

    private static string TypeOf(int status) => status switch
    {
        >= 400 and <= 418 => $"https://tools.ietf.org/html/rfc9110#section-15.5.{status - 399}",
        421 or 422 => $"https://tools.ietf.org/html/rfc9110#section-15.5.{status - 401}",
        426 => "https://tools.ietf.org/html/rfc9110#section-15.5.22",
        425 => "https://tools.ietf.org/html/rfc8470#section-5.2",
        429 => "https://tools.ietf.org/html/rfc6585#section-4",
        >= 500 and <= 505 => $"https://tools.ietf.org/html/rfc9110#section-15.6.{status - 499}",
        _ => "about:blank",
    };

    private static string DetailFor(HttpContext context, int status)
    {
        var request = context.Request;
        return status switch
        {
            StatusCodes.Status400BadRequest => "The request is invalid; each entry in errors names a field and what is wrong with it.",
            StatusCodes.Status401Unauthorized => "A valid bearer token is required: send Authorization: Bearer <token>.",
            StatusCodes.Status403Forbidden => "The token's role or scope does not allow this operation.",
            StatusCodes.Status404NotFound when context.GetEndpoint() is null =>
                $"There is no operation {request.Method} {request.Path}; the API's operations are listed in its OpenAPI document.",
            StatusCodes.Status404NotFound => $"Nothing at {request.Path} in your scope: the id is unknown, or outside what your token may see.",
            StatusCodes.Status405MethodNotAllowed => context.Response.Headers.Allow is { Count: > 0 } allow
                ? $"{request.Path} does not take {request.Method}; it takes {string.Join(", ", allow.ToArray())}."
                : $"{request.Path} does not take {request.Method}.",
            StatusCodes.Status406NotAcceptable => "The operation cannot answer in a media type the Accept header allows.",
            StatusCodes.Status409Conflict => "The request conflicts with what is stored.",
            StatusCodes.Status412PreconditionFailed => "The resource has changed since the version sent in If-Match; read it again and retry.",
            StatusCodes.Status413PayloadTooLarge => "The request body is larger than the API accepts.",
            StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType(context),
            StatusCodes.Status422UnprocessableEntity => "A business rule refused the request.",
            StatusCodes.Status429TooManyRequests => "Too many requests from this caller; retry after the number of seconds in Retry-After.",
            >= 500 => "An unexpected error occurred; it has been logged. Quote the traceId when you report it.",
            _ => ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase + "." : $"The request was answered with status {status}.",
        };
    }

    private static string UnsupportedMediaType(HttpContext context)
    {
        var sent = string.IsNullOrEmpty(context.Request.ContentType) ? "no Content-Type" : $"Content-Type '{context.Request.ContentType}'";
        var expected = context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes is { Count: > 0 } types
            ? string.Join(" or ", types)
            : "application/json";
        return $"This operation takes a body of type {expected}; the request had {sent}.";
    }
}
