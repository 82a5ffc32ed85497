namespace GeenKindDeBuurtUit.Platform.Idempotency;

/// <summary>The fault point of idempotency keys, registered where the keys are (docs/adr/0017).</summary>
public static class IdempotencyFaultPoints
{
    /// <summary>A request holding an Idempotency-Key has committed its effect and answered; the answer is not stored yet (docs/adr/0019).</summary>
    public const string AnswerUnstored = "idempotent-answer-unstored";
}
