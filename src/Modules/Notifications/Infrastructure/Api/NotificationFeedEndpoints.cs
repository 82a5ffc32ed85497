using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using GeenKindDeBuurtUit.Notifications.Application.Feed;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.Api;

/// <summary>The notifications as a feed, for a client that cannot receive calls: it polls with the cursor it was given.</summary>
internal static class NotificationFeedEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/notifications", async (
                [RegularExpression(ReadNotifications.CursorPattern), Description("A cursor of this feed: the 'next' of an earlier page; left out, the feed starts at its beginning.")] string? after,
                [Range(1, ReadNotifications.MaxLimit)] int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ReadNotifications(after, limit), ct)))
            .WithTags("Notifications").RequireAuthorization(p => p.RequireRole([.. SubscriberRoles.All]))
            .WithName("ReadNotifications")
            .WithSummary("The notifications the caller may read, oldest first, after a cursor: ask again with 'next' (1-200 a page, default 50).")
            .ProducesValidationProblem();
}
