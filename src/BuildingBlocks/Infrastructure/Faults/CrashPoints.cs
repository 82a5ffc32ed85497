namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;

/// <summary>The places where a crash is most harmful; the names the environment arms (docs/adr/0017).</summary>
public static class CrashPoints
{
    /// <summary>A unit of work that wrote outbox rows has committed; the relay has not been told yet.</summary>
    public const string OutboxCommitted = "outbox-committed";

    /// <summary>One receiving handler has committed its change and inbox row; the relay has not marked the message delivered.</summary>
    public const string HandlerCommitted = "handler-committed";

    /// <summary>The freed-funds recalculation has booked its difference; its pending row is still claimed and not completed.</summary>
    public const string BudgetRecalculated = "budget-recalculated";

    /// <summary>A request holding an Idempotency-Key has committed its effect and answered; the answer is not stored yet (docs/adr/0019).</summary>
    public const string IdempotentAnswerUnstored = "idempotent-answer-unstored";

    public static IReadOnlySet<string> All { get; } =
        new HashSet<string>(StringComparer.Ordinal) { OutboxCommitted, HandlerCommitted, BudgetRecalculated, IdempotentAnswerUnstored };
}
