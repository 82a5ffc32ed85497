namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;

/// <summary>The fault points in the building blocks; a module names its own points itself (docs/adr/0017).</summary>
public static class PlatformFaultPoints
{
    /// <summary>A unit of work that wrote outbox rows has committed; the relay has not been told yet.</summary>
    public const string OutboxCommitted = "outbox-committed";

    /// <summary>One receiving handler has committed its change and inbox row; the relay has not marked the message delivered.</summary>
    public const string HandlerCommitted = "handler-committed";

    public static IReadOnlyList<string> All { get; } = [OutboxCommitted, HandlerCommitted];
}
