using System.Globalization;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace GeenKindDeBuurtUit.Platform.Idempotency;

/// <summary>Which answers a key keeps, and the idempotency layer's own answers with their stable codes (docs/adr/0016, 0019).</summary>
public static class IdempotencyProblems
{
    public const string Reused = "idempotency-key-reused";
    public const string InFlight = "idempotency-key-in-flight";
    public const string TakenOver = "idempotency-key-taken-over";
    public const string AnswerLost = "idempotency-key-answer-lost";

    // RFC 8470; ASP.NET Core has no constant for it.
    private const int TooEarly = 425;

    /// <summary>
    /// The final answers, replayed to a retry: successes and refusals that the same request would
    /// get again (404, 409, 412 on a stale <c>If-Match</c>, 422 …). Not kept: answers that say
    /// the request did not run or may pass unchanged later (5xx, 401, 403, 407, 408, 425, 429, and
    /// a 412 without <c>If-Match</c>, which only a concurrent change gives), and a 400: its body may
    /// be what was refused (a BSN), and the corrected request may use the same key (docs/adr/0035).
    /// </summary>
    public static bool IsKept(int status, bool ifMatchSent) => status switch
    {
        < 200 or >= 500 => false,
        StatusCodes.Status400BadRequest or StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden or StatusCodes.Status407ProxyAuthenticationRequired
            or StatusCodes.Status408RequestTimeout or TooEarly or StatusCodes.Status429TooManyRequests => false,
        StatusCodes.Status412PreconditionFailed => ifMatchSent,
        _ => true,
    };

    public static Task WriteReusedAsync(HttpContext context) =>
        ProblemResponses.WriteAsync(context, StatusCodes.Status422UnprocessableEntity, "The Idempotency-Key was used for another request.",
            "This key was first sent with another method, path, body or If-Match; use a new key for a new request.", Reused);

    public static Task WriteInFlightAsync(HttpContext context) =>
        ProblemResponses.WriteAsync(context, StatusCodes.Status409Conflict, "A request with this Idempotency-Key is still running.",
            "Retry once the first request has answered; the retry then gets its answer.", InFlight);

    public static Task WriteTakenOverAsync(HttpContext context) =>
        ProblemResponses.WriteAsync(context, StatusCodes.Status409Conflict, "A retry with this Idempotency-Key took the key over.",
            "This request ran longer than its key's lease and a retry with the same key took the key over, so this request's change was not saved. "
            + "Send the request again with the same key to get the retry's answer.", TakenOver);

    /// <summary>The first request took effect and its process died before its answer was stored: it is not run again.</summary>
    public static Task WriteAnswerLostAsync(HttpContext context, IdempotencyRecord record)
    {
        var committedAt = DateTime.SpecifyKind(record.EffectCommittedAt!.Value, DateTimeKind.Utc);
        var what = record.EffectAggregate is null ? string.Empty : $" It added {record.EffectAggregate} {record.EffectAggregateId}.";
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The request with this Idempotency-Key took effect, but its answer was lost.",
            Detail = $"The first request with this key took effect at {committedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC.{what} "
                + "Its answer could not be kept, so it is not replayed, and the request is not run again: read the resource to see the result.",
            Extensions = { ["code"] = AnswerLost, ["committedAt"] = committedAt },
        };
        if (record.EffectAggregate is not null)
        {
            problem.Extensions["aggregate"] = record.EffectAggregate;
            problem.Extensions["aggregateId"] = record.EffectAggregateId;
        }

        return ProblemResponses.WriteAsync(context, problem);
    }
}
