using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.Host.Pages.Shared;

/// <summary>How a page answers the application layer's refusals: the API's statuses, as pages instead of problem details.</summary>
internal static class PageRefusals
{
    /// <summary>The status of a refusal shown as a page of its own (400, 403, 404); null for any other exception.</summary>
    public static int? PageStatus(Exception exception) => exception switch
    {
        InvalidRequestException => StatusCodes.Status400BadRequest,
        ForbiddenException => StatusCodes.Status403Forbidden,
        NotFoundException => StatusCodes.Status404NotFound,
        _ => null,
    };

    /// <summary>The status of a refusal the page shows as a message beside its own content (a broken rule, a stale version, a conflict).</summary>
    public static int? MessageStatus(Exception exception) => exception switch
    {
        BusinessRuleViolationException => StatusCodes.Status422UnprocessableEntity,
        ConflictException => StatusCodes.Status409Conflict,
        PreconditionFailedException => StatusCodes.Status412PreconditionFailed,
        _ => null,
    };
}

/// <summary>
/// Inside <c>/app</c>, an exception a page did not handle becomes the error page of its status (through the status
/// code pages) instead of the API's JSON problem: a refusal its page, anything else a logged 500.
/// </summary>
internal sealed class PageExceptionMiddleware(RequestDelegate next, ILogger<PageExceptionMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            var status = PageRefusals.PageStatus(exception) ?? PageRefusals.MessageStatus(exception);
            if (status is null)
            {
                logger.LogError(exception, "A page failed: {Method} {Path}", context.Request.Method, context.Request.Path);
            }

            context.Response.Clear();
            context.Response.StatusCode = status ?? StatusCodes.Status500InternalServerError;
        }
    }
}
