using System.Runtime.ExceptionServices;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GeenKindDeBuurtUit.Platform.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on POST (IETF draft "The Idempotency-Key HTTP Header Field"): the same
/// key from the same caller with the same request replays the first final answer without running
/// it again; with another request it is 422; while the first still runs, 409 (docs/adr/0016).
/// While the endpoint runs, the key is a fence on every module commit (docs/adr/0019): the effect
/// and the key's "effect committed" mark are one transaction, so a request is never run twice.
/// Runs after authorization, so the caller is known and refused requests never hold a key.
/// </summary>
public sealed partial class IdempotencyMiddleware(RequestDelegate next, ILogger<IdempotencyMiddleware> logger, PathString scope)
{
    public const string ReplayedHeader = "Idempotent-Replayed";

    // The store and its context are resolved only for a request that holds a key: a GET builds no idempotency context (docs/adr/0066).
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Path.StartsWithSegments(scope)
            || !context.Request.Headers.TryGetValue(IdempotencyKeyHeader.Name, out var values))
        {
            await next(context);
            return;
        }

        var services = context.RequestServices;
        var (store, fence, fingerprints) = (
            services.GetRequiredService<IdempotencyStore>(), services.GetRequiredService<IdempotencyFence>(), services.GetRequiredService<IdempotencyFingerprint>());

        if (!IdempotencyKeyHeader.TryParse(values, out var key, out var error))
        {
            await ProblemResponses.WriteInvalidAsync(context, IdempotencyKeyHeader.Name, error);
            return;
        }

        var subject = context.User.FindFirst(HttpCurrentActor.SubjectClaim)?.Value;
        if (string.IsNullOrEmpty(subject))
        {
            await ProblemResponses.WriteInvalidAsync(context, IdempotencyKeyHeader.Name, "Keys are kept per caller: the token needs a sub claim.");
            return;
        }

        var caller = fingerprints.OfCaller(context.User);
        var fingerprint = await fingerprints.OfRequestAsync(context.Request, context.RequestAborted);

        // Once claimed, the key's bookkeeping must finish even when the client goes away.
        var claim = await store.ClaimAsync(caller, key, fingerprint, CancellationToken.None);
        switch (claim.Outcome)
        {
            case ClaimOutcome.Mismatch:
                await IdempotencyProblems.WriteReusedAsync(context);
                return;
            case ClaimOutcome.InFlight:
                await IdempotencyProblems.WriteInFlightAsync(context);
                return;
            case ClaimOutcome.Replay:
                await ReplayAsync(context, claim.Record!);
                return;
            case ClaimOutcome.AnswerLost:
                await IdempotencyProblems.WriteAnswerLostAsync(context, claim.Record!);
                return;
            default:
                await RunAndStoreAsync(context, store, fence, caller, key, claim.Token);
                return;
        }
    }

    private async Task RunAndStoreAsync(HttpContext context, IdempotencyStore store, IdempotencyFence fence, string caller, string key, Guid token)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;

        // The answer is kept for the retry, so a client that gives up must not cut it short: the
        // JSON writer stops without a word at a cancelled request, and a 201 would be kept without
        // its body. Only the host stopping still cancels the request's work.
        var aborted = context.RequestAborted;
        context.RequestAborted = context.RequestServices.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
        try
        {
            var failure = await RunBehindFenceAsync(context, fence, caller, key, token);
            if (fence.TakenOver)
            {
                // Whatever the endpoint made of it: its change rolled back, and the key is the retry's.
                context.Response.Clear();
                await IdempotencyProblems.WriteTakenOverAsync(context);
            }
            else if (failure is not null && !await AnswerFromExceptionAsync(context, failure))
            {
                // A 5xx or a refusal that may pass later: the exception handler further out answers it.
                await store.ReleaseAsync(caller, key, token, CancellationToken.None);
                ExceptionDispatchInfo.Throw(failure);
            }
            else
            {
                await KeepOrReleaseAsync(context, store, fence, caller, key, token, buffer);
            }
        }
        finally
        {
            context.Response.Body = original;
            context.RequestAborted = aborted;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private async Task<Exception?> RunBehindFenceAsync(HttpContext context, IdempotencyFence fence, string caller, string key, Guid token)
    {
        fence.Raise(caller, key, token);
        try
        {
            await next(context);
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
        finally
        {
            fence.Lower();
        }
    }

    private async Task KeepOrReleaseAsync(HttpContext context, IdempotencyStore store, IdempotencyFence fence, string caller, string key, Guid token, MemoryStream buffer)
    {
        if (fence.EffectCommitted)
        {
            (context.RequestServices.GetService<IFaultInjector>() ?? NoFaultInjector.Instance).Reached(IdempotencyFaultPoints.AnswerUnstored);
        }

        var response = context.Response;
        if (!IdempotencyProblems.IsKept(response.StatusCode, IfMatchSent(context)))
        {
            await store.ReleaseAsync(caller, key, token, CancellationToken.None);
            return;
        }

        var answer = new StoredAnswer(response.StatusCode, response.ContentType, Header(response.Headers.Location), Header(response.Headers.ETag), buffer.ToArray());
        try
        {
            await store.CompleteAsync(caller, key, token, answer, CancellationToken.None);
        }
        catch (Exception exception)
        {
            // The answer still goes out; a retry after the lease is told the request took effect, or runs when nothing did.
            LogNotStored(exception, key);
        }
    }

    /// <summary>
    /// The answer the exception handler further out would give, written here when it is one that
    /// is kept (a 4xx such as a rule's 422), so it can be stored and replayed like any other.
    /// </summary>
    private static async Task<bool> AnswerFromExceptionAsync(HttpContext context, Exception exception)
    {
        var status = ProblemDetailsExceptionHandler.Map(exception).Status ?? StatusCodes.Status500InternalServerError;
        if (context.Response.HasStarted || !IdempotencyProblems.IsKept(status, IfMatchSent(context)))
        {
            return false;
        }

        context.Response.Clear();
        foreach (var handler in context.RequestServices.GetServices<IExceptionHandler>())
        {
            if (await handler.TryHandleAsync(context, exception, CancellationToken.None))
            {
                return true;
            }
        }

        return false;
    }

    private static async Task ReplayAsync(HttpContext context, IdempotencyRecord record)
    {
        var response = context.Response;
        response.StatusCode = record.StatusCode!.Value;
        response.ContentType = record.ContentType;
        if (record.Location is not null)
        {
            response.Headers.Location = record.Location;
        }

        if (record.ETag is not null)
        {
            response.Headers.ETag = record.ETag;
        }

        response.Headers[ReplayedHeader] = "true";

        // An empty error answer was given its body further out (status code pages): so is the replay.
        if (record.Body is { Length: > 0 } body)
        {
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private static bool IfMatchSent(HttpContext context) => context.Request.Headers.IfMatch.Count > 0;

    private static string? Header(Microsoft.Extensions.Primitives.StringValues value) => value.Count == 0 ? null : value.ToString();

    [LoggerMessage(Level = LogLevel.Error, Message = "The answer to the request with Idempotency-Key {Key} could not be stored")]
    private partial void LogNotStored(Exception exception, string key);
}
