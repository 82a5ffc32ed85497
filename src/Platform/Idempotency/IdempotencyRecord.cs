namespace GeenKindDeBuurtUit.Platform.Idempotency;

/// <summary>
/// One caller's key: in flight while <see cref="StatusCode"/> is null and the lease holds,
/// completed once the first answer is stored. <see cref="EffectCommittedAt"/> is set in the
/// module's own transaction (docs/adr/0019): from then on the request is never run again.
/// </summary>
public sealed class IdempotencyRecord
{
    /// <summary>HMAC of the token's <c>sub</c>, roles and scopes (<see cref="IdempotencyFingerprint.OfCaller"/>): keys are per caller, and the table names nobody.</summary>
    public string Caller { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;

    /// <summary>HMAC of method, path and body: the same key with another request is refused.</summary>
    public string Fingerprint { get; set; } = string.Empty;

    /// <summary>Changes with every claim, so only the request that holds the key completes or releases it.</summary>
    public Guid ClaimToken { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? LockedUntil { get; set; }

    public int? StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    public string? ETag { get; set; }

    public byte[]? Body { get; set; }

    /// <summary>When the first module commit under this key went through; null while nothing took effect.</summary>
    public DateTime? EffectCommittedAt { get; set; }

    /// <summary>The type of the first aggregate that commit added (for example <c>Professional</c>), if it added one.</summary>
    public string? EffectAggregate { get; set; }

    public string? EffectAggregateId { get; set; }
}
