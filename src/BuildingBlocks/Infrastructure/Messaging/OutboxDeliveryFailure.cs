namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;

public sealed record OutboxDeliveryFailure(string Module, Guid EventId, string Type, int Attempts, string Error);
