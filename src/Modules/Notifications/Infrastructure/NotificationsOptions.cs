namespace GeenKindDeBuurtUit.Notifications.Infrastructure;

/// <summary>The <c>Notifications</c> settings.</summary>
internal sealed class NotificationsOptions
{
    public const string Section = "Notifications";

    /// <summary>Host names or addresses a receiver may have although they lie inside a private network (tests list 127.0.0.1).</summary>
    public IReadOnlyList<string> AllowedHosts { get; set; } = [];
}
