namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;

/// <summary>A module's outbox that the relay reads; one is registered per module database context.</summary>
public sealed record OutboxSource(string Module, Type ContextType);
