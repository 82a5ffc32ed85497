namespace GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;

/// <summary>
/// The roles that may subscribe, as the <c>role</c> claim names them; an analyst reads aggregates
/// only and hears nothing; a partner hears only what is meant for it (docs/adr/0062).
/// </summary>
public static class SubscriberRoles
{
    public const string School = "school";
    public const string Swv = "swv";
    public const string Coordinator = "coordinator";
    public const string Treasurer = "treasurer";
    public const string Admin = "admin";
    public const string Partner = "partner";

    public static readonly IReadOnlyList<string> All = [School, Swv, Coordinator, Treasurer, Admin, Partner];
}
