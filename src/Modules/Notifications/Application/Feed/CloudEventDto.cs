using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GeenKindDeBuurtUit.Notifications.Application.Feed;

/// <summary>
/// A notification as a CloudEvents 1.0 structured event (NL GOV profile): what a receiver is posted
/// and what the feed lists, member for member. <see cref="Data"/> holds ids only.
/// </summary>
public sealed record CloudEventDto(
    [property: JsonPropertyName("specversion")] string SpecVersion,
    string Id,
    string Source,
    [property: RegularExpression(Domain.Subscriptions.NotificationTypes.Pattern)] string Type,
    string Subject,
    DateTime Time,
    [property: JsonPropertyName("datacontenttype")] string DataContentType,
    [property: JsonPropertyName("dataref")] string DataRef,
    JsonElement Data);

/// <param name="Next">The cursor to ask with next, as <c>after</c>: past the last item, or past what was looked through when nothing more is readable yet.</param>
/// <param name="HasMore">Whether another page is ready now; when false, ask again later with <paramref name="Next"/>.</param>
public sealed record NotificationFeedPage(IReadOnlyList<CloudEventDto> Items, [property: RegularExpression(ReadNotifications.CursorPattern)] string Next, bool HasMore);
