using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GeenKindDeBuurtUit.Platform.Idempotency;

public enum ClaimOutcome
{
    /// <summary>This request holds the key and runs.</summary>
    Acquired,

    /// <summary>The first request finished: its answer is replayed.</summary>
    Replay,

    /// <summary>The first request is still running.</summary>
    InFlight,

    /// <summary>The key was used for another request (method, path or body).</summary>
    Mismatch,

    /// <summary>The first request took effect but its answer was never stored (its process died): it is not run again.</summary>
    AnswerLost,
}

public sealed record IdempotencyClaim(ClaimOutcome Outcome, IdempotencyRecord? Record = null, Guid Token = default);

/// <summary>
/// Claims, completes and releases keys with conditional writes, so two requests racing for one
/// key (even on two host instances) never both run.
/// </summary>
public sealed class IdempotencyStore(IdempotencyDbContext db, TimeProvider clock, IOptions<IdempotencyOptions> options)
{
    private const int Attempts = 3;

    public async Task<IdempotencyClaim> ClaimAsync(string caller, string key, string fingerprint, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var existing = await db.Keys.AsNoTracking().SingleOrDefaultAsync(r => r.Caller == caller && r.Key == key, cancellationToken);
            if (existing is null)
            {
                if (await TryInsertAsync(caller, key, fingerprint, now, cancellationToken) is { } inserted)
                {
                    return new IdempotencyClaim(ClaimOutcome.Acquired, Token: inserted);
                }

                continue;
            }

            // An expired key is as good as absent: the cleanup job may simply not have run yet.
            var expired = existing.ExpiresAt <= now;
            if (!expired && existing.Fingerprint != fingerprint)
            {
                return new IdempotencyClaim(ClaimOutcome.Mismatch, existing);
            }

            if (!expired && existing.StatusCode is not null)
            {
                return new IdempotencyClaim(ClaimOutcome.Replay, existing);
            }

            if (!expired && existing.LockedUntil > now)
            {
                return new IdempotencyClaim(ClaimOutcome.InFlight, existing);
            }

            if (!expired && existing.EffectCommittedAt is not null)
            {
                return new IdempotencyClaim(ClaimOutcome.AnswerLost, existing);
            }

            // Expired, or a running request's lease ran out before anything took effect (its
            // process died, or it is slow: its fence then refuses its commit): take the key over,
            // unless another request took it over or the first one's commit went through meanwhile.
            if (await TryTakeOverAsync(existing, fingerprint, now, cancellationToken) is { } taken)
            {
                return new IdempotencyClaim(ClaimOutcome.Acquired, Token: taken);
            }
        }

        return new IdempotencyClaim(ClaimOutcome.InFlight);
    }

    /// <summary>Stores the first answer; a request that lost its key to a take-over stores nothing.</summary>
    public Task CompleteAsync(string caller, string key, Guid token, StoredAnswer answer, CancellationToken cancellationToken) =>
        db.Keys.Where(r => r.Caller == caller && r.Key == key && r.ClaimToken == token)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(r => r.StatusCode, answer.StatusCode)
                    .SetProperty(r => r.ContentType, answer.ContentType)
                    .SetProperty(r => r.Location, answer.Location)
                    .SetProperty(r => r.ETag, answer.ETag)
                    .SetProperty(r => r.Body, answer.Body)
                    .SetProperty(r => r.LockedUntil, (DateTime?)null),
                cancellationToken);

    /// <summary>
    /// After an answer that is not kept (docs/adr/0019): the key is free for a retry when nothing
    /// took effect. When something did, the key stays and its lease ends now, so a retry is told
    /// at once that the request took effect instead of running it again.
    /// </summary>
    public async Task ReleaseAsync(string caller, string key, Guid token, CancellationToken cancellationToken)
    {
        var held = db.Keys.Where(r => r.Caller == caller && r.Key == key && r.ClaimToken == token);
        if (await held.Where(r => r.EffectCommittedAt == null).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            await held.ExecuteUpdateAsync(set => set.SetProperty(r => r.LockedUntil, (DateTime?)null), cancellationToken);
        }
    }

    /// <summary>Removes every expired key; returns how many.</summary>
    public Task<int> RemoveExpiredAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Keys.Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<Guid?> TryInsertAsync(string caller, string key, string fingerprint, DateTime now, CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid();
        db.Keys.Add(new IdempotencyRecord
        {
            Caller = caller,
            Key = key,
            Fingerprint = fingerprint,
            ClaimToken = token,
            CreatedAt = now,
            ExpiresAt = now + options.Value.Retention,
            LockedUntil = now + options.Value.InFlightLease,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return token;
        }
        catch (DbUpdateException)
        {
            // Another request inserted the same key first: the primary key decided; look again.
            db.ChangeTracker.Clear();
            return null;
        }
    }

    private async Task<Guid?> TryTakeOverAsync(IdempotencyRecord existing, string fingerprint, DateTime now, CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid();
        var expiresAt = now + options.Value.Retention;
        var lockedUntil = now + options.Value.InFlightLease;
        var taken = await db.Keys
            .Where(r => r.Caller == existing.Caller && r.Key == existing.Key && r.ClaimToken == existing.ClaimToken)
            .Where(r => r.ExpiresAt <= now || (r.EffectCommittedAt == null && (r.LockedUntil == null || r.LockedUntil <= now)))
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(r => r.ClaimToken, token)
                    .SetProperty(r => r.Fingerprint, fingerprint)
                    .SetProperty(r => r.CreatedAt, now)
                    .SetProperty(r => r.ExpiresAt, expiresAt)
                    .SetProperty(r => r.LockedUntil, lockedUntil)
                    .SetProperty(r => r.StatusCode, (int?)null)
                    .SetProperty(r => r.ContentType, (string?)null)
                    .SetProperty(r => r.Location, (string?)null)
                    .SetProperty(r => r.ETag, (string?)null)
                    .SetProperty(r => r.Body, (byte[]?)null)
                    .SetProperty(r => r.EffectCommittedAt, (DateTime?)null)
                    .SetProperty(r => r.EffectAggregate, (string?)null)
                    .SetProperty(r => r.EffectAggregateId, (string?)null),
                cancellationToken);
        return taken == 1 ? token : null;
    }
}

/// <summary>The parts of an answer a replay repeats.</summary>
public sealed record StoredAnswer(int StatusCode, string? ContentType, string? Location, string? ETag, byte[] Body);
