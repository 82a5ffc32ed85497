namespace GeenKindDeBuurtUit.Notifications.Domain.Deliveries;

public enum DeliveryStatus
{
    Pending,
    Delivered,
    Failed,
}
