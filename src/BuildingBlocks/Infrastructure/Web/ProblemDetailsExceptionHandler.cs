using System.Text.Json;
using System.Text.RegularExpressions;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// The one mapping from failures to RFC 9457 problem details, as the API contract writes them.
/// Anything unexpected is a 500 without details: a stack trace never leaves the server.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(exception);
        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            LogUnhandled(exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    public static ProblemDetails Map(Exception exception) => exception switch
    {
        InvalidRequestException invalid => new HttpValidationProblemDetails(invalid.Errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is invalid.",
        },
        BadHttpRequestException badRequest => FromBadRequest(badRequest),
        BusinessRuleViolationException rule => new ProblemDetails
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "A business rule refused the request.",
            Detail = rule.Message,
            Extensions = { ["code"] = rule.Code },
        },
        NotFoundException notFound => Problem(StatusCodes.Status404NotFound, "Not found.", notFound.Message),
        ConflictException conflict => Problem(StatusCodes.Status409Conflict, "Conflict.", conflict.Message),
        PreconditionFailedException stale => Problem(StatusCodes.Status412PreconditionFailed, "The resource has changed.", stale.Message),
        DbUpdateConcurrencyException => Problem(StatusCodes.Status412PreconditionFailed, "The resource has changed.", "Someone else changed it at the same time; read it again and retry."),
        ForbiddenException forbidden => Problem(StatusCodes.Status403Forbidden, "Forbidden.", forbidden.Message),
        _ => Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred.", null),
    };

    // Malformed JSON or a value of the wrong type: name the field when the parser knows it.
    private static ProblemDetails FromBadRequest(BadHttpRequestException exception)
    {
        if (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "The request body is too large.", "The request body is larger than the API accepts.");
        }

        var json = exception.InnerException as JsonException;
        if (json?.InnerException is JsonException syntax)
        {
            return Invalid("body", Malformed(json, syntax));
        }

        var field = json?.Path is { Length: > 0 } path
            ? JsonPathToField(path)
            : BoundParameter().Match(exception.Message) is { Success: true } parameter ? parameter.Groups["name"].Value : "body";
        var message = json is null && field == "body" ? "The request could not be read." : "The value is missing, malformed or of the wrong type.";
        if (json?.Message.Contains("could not be mapped", StringComparison.Ordinal) == true)
        {
            message = "This field is not part of the request.";
        }

        return Invalid(field, message);
    }

    // The reader's own words without its zero-based "LineNumber: 0 | BytePositionInLine: 5" tail;
    // where it broke, counted from 1 as an editor shows it.
    private static string Malformed(JsonException json, JsonException syntax)
    {
        var reason = syntax.Message;
        var tail = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        reason = (tail >= 0 ? reason[..tail] : reason).Trim();
        return $"The body is not valid JSON at line {json.LineNumber + 1}, position {json.BytePositionInLine + 1}: {reason}";
    }

    private static HttpValidationProblemDetails Invalid(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is invalid.",
        };

    private static string JsonPathToField(string path)
    {
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return field.Length == 0 ? "body" : field;
    }

    // "Failed to bind parameter "int? level" from "abc"." names a route or query parameter.
    [GeneratedRegex("parameter \"(?:[^\"]*\\s)?(?<name>[A-Za-z0-9_]+)\"")]
    private static partial Regex BoundParameter();

    private static ProblemDetails Problem(int status, string title, string? detail) => new() { Status = status, Title = title, Detail = detail };

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private partial void LogUnhandled(Exception exception, string method, string path);
}
