using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;

namespace GeenKindDeBuurtUit.Notifications.Domain.Notifications;

/// <summary>
/// What a reader's roles and scope reach: the types it reads wherever they happen, the types it
/// reads for its own schools and their clusters, the types it reads for the areas of its boards,
/// and the types it reads when a notification is meant for it by its <c>sub</c>.
/// </summary>
public sealed record ReaderReach(
    string Subject,
    IReadOnlyList<string> RecipientTypes,
    IReadOnlyList<string> AnyScopeTypes,
    IReadOnlyList<string> SchoolTypes,
    IReadOnlyList<Guid> Schools,
    IReadOnlyList<Guid> Clusters,
    IReadOnlyList<string> AreaTypes,
    IReadOnlyList<Guid> Areas)
{
    private static readonly string[] ReadAnywhere = [SubscriberRoles.Swv, SubscriberRoles.Admin, SubscriberRoles.Coordinator];

    /// <param name="clusters">The clusters of the reader's schools, as the school map stands now.</param>
    /// <param name="areas">The areas where the reader's boards have schools, as the school map stands now.</param>
    public static ReaderReach Of(
        string subject, IReadOnlyCollection<string> roles, IReadOnlyCollection<Guid> schools, IReadOnlyCollection<Guid> clusters, IReadOnlyCollection<Guid> areas) =>
        new(
            subject,
            TypesOf(roles.Where(r => r == SubscriberRoles.Partner)),
            TypesOf(roles.Where(ReadAnywhere.Contains)),
            TypesOf(roles.Where(r => r == SubscriberRoles.School)),
            [.. schools],
            [.. clusters],
            TypesOf(roles.Where(r => r == SubscriberRoles.Treasurer)),
            [.. areas]);

    private static string[] TypesOf(IEnumerable<string> roles)
    {
        var held = roles.ToHashSet(StringComparer.Ordinal);
        return [.. NotificationTypes.ReadersByType.Where(t => t.Key != NotificationTypes.Ping && t.Value.Any(held.Contains)).Select(t => t.Key).Order(StringComparer.Ordinal)];
    }
}
