namespace GeenKindDeBuurtUit.Platform.Outbox;

public sealed record OutboxDeliveryFailure(string Module, Guid EventId, string Type, int Attempts, string Error);
