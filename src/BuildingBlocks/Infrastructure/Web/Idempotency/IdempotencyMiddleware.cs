using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on POST (IETF draft "The Idempotency-Key HTTP Header Field"): the same
/// key from the same caller with the same request replays the first answer without running it
/// again; with another request it is 422; while the first still runs, 409 (docs/adr/0016).
/// Runs after authorization, so the caller is known and refused requests never hold a key.
/// </summary>
public sealed partial class IdempotencyMiddleware(RequestDelegate next, ILogger<IdempotencyMiddleware> logger, PathString scope)
{
    public const string ReplayedHeader = "Idempotent-Replayed";

    public async Task InvokeAsync(HttpContext context, IdempotencyStore store)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Path.StartsWithSegments(scope)
            || !context.Request.Headers.TryGetValue(IdempotencyKeyHeader.Name, out var values))
        {
            await next(context);
            return;
        }

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

        var caller = IdempotencyFingerprint.OfCaller(subject);
        var fingerprint = await IdempotencyFingerprint.OfAsync(context.Request, context.RequestAborted);

        // Once claimed, the key's bookkeeping must finish even when the client goes away.
        var claim = await store.ClaimAsync(caller, key, fingerprint, CancellationToken.None);
        switch (claim.Outcome)
        {
            case ClaimOutcome.Mismatch:
                await ProblemResponses.WriteAsync(context, StatusCodes.Status422UnprocessableEntity, "The Idempotency-Key was used for another request.",
                    "This key was first sent with another method, path or body; use a new key for a new request.", "idempotency-key-reused");
                return;
            case ClaimOutcome.InFlight:
                await ProblemResponses.WriteAsync(context, StatusCodes.Status409Conflict, "A request with this Idempotency-Key is still running.",
                    "Retry once the first request has answered; the retry then gets its answer.", "idempotency-key-in-flight");
                return;
            case ClaimOutcome.Replay:
                await ReplayAsync(context, claim.Record!);
                return;
            default:
                await RunAndStoreAsync(context, store, caller, key, claim.Token);
                return;
        }
    }

    private async Task RunAndStoreAsync(HttpContext context, IdempotencyStore store, string caller, string key, Guid token)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            // The exception handler answers 4xx or 5xx: neither is replayed, so the key is free again.
            context.Response.Body = original;
            await store.ReleaseAsync(caller, key, token, CancellationToken.None);
            throw;
        }

        context.Response.Body = original;
        var response = context.Response;
        if (response.StatusCode is >= 200 and < 300)
        {
            var answer = new StoredAnswer(response.StatusCode, response.ContentType, Header(response.Headers.Location), Header(response.Headers.ETag), buffer.ToArray());
            try
            {
                await store.CompleteAsync(caller, key, token, answer, CancellationToken.None);
            }
            catch (Exception exception)
            {
                // The change is committed; the answer still goes out. A retry after the lease runs again.
                LogNotStored(exception, key);
            }
        }
        else
        {
            await store.ReleaseAsync(caller, key, token, CancellationToken.None);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
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
        var body = record.Body ?? [];
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static string? Header(Microsoft.Extensions.Primitives.StringValues value) => value.Count == 0 ? null : value.ToString();

    [LoggerMessage(Level = LogLevel.Error, Message = "The answer to the request with Idempotency-Key {Key} could not be stored")]
    private partial void LogNotStored(Exception exception, string key);
}
