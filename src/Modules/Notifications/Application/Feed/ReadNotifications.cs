using System.Globalization;
using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.Notifications.Application.Access;

namespace GeenKindDeBuurtUit.Notifications.Application.Feed;

/// <summary>
/// The notifications the caller may read, oldest first, from a cursor on: the same events a
/// subscription of the caller's would be posted, for a client that cannot receive calls.
/// </summary>
public sealed record ReadNotifications(string? After, int? Limit) : IQuery<NotificationFeedPage>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
    public const string CursorPattern = "^[0-9]{1,19}$";

    public static bool TryPosition(string? cursor, out long position)
    {
        position = 0;
        return cursor is null
            || (cursor.Length is > 0 and <= 19 && cursor.All(char.IsAsciiDigit) && long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out position));
    }
}

internal sealed class ReadNotificationsValidator : AbstractValidator<ReadNotifications>
{
    public ReadNotificationsValidator()
    {
        RuleFor(q => q.After).Must(a => ReadNotifications.TryPosition(a, out _))
            .WithMessage("Not a cursor of this feed: pass the 'next' of an earlier page, or leave it out to start at the beginning.");
        RuleFor(q => q.Limit).InclusiveBetween(1, ReadNotifications.MaxLimit).When(q => q.Limit is not null)
            .WithMessage($"A page holds 1 to {ReadNotifications.MaxLimit} notifications.");
    }
}

internal sealed class ReadNotificationsHandler(INotificationFeed feed, SubscriberAccess access) : IQueryHandler<ReadNotifications, NotificationFeedPage>
{
    public async ValueTask<NotificationFeedPage> Handle(ReadNotifications query, CancellationToken cancellationToken)
    {
        ReadNotifications.TryPosition(query.After, out var after);
        return await feed.ReadAsync(access.Owner, after, query.Limit ?? ReadNotifications.DefaultLimit, cancellationToken);
    }
}
