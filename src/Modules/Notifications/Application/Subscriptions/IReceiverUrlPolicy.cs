namespace GeenKindDeBuurtUit.Notifications.Application.Subscriptions;

/// <summary>Whether the platform may call a receiver's URL: https, and no address inside our own network unless allowed.</summary>
public interface IReceiverUrlPolicy
{
    /// <returns>Why the URL is refused, for the answer's <c>errors.url</c>; null when it may be called.</returns>
    Task<string?> RefusalAsync(Uri url, CancellationToken cancellationToken);
}
