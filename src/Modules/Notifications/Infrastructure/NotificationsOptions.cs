namespace GeenKindDeBuurtUit.Notifications.Infrastructure;

/// <summary>The <c>Notifications</c> settings.</summary>
internal sealed class NotificationsOptions
{
    public const string Section = "Notifications";

    /// <summary>Host names or addresses a receiver may have although they lie inside a private network (tests list 127.0.0.1).</summary>
    public IReadOnlyList<string> AllowedHosts { get; set; } = [];

    /// <summary>The API's public address, which makes a notification's <c>dataref</c> absolute; empty leaves it a path under /api/v1.</summary>
    public string PublicBaseUrl { get; set; } = string.Empty;
}
