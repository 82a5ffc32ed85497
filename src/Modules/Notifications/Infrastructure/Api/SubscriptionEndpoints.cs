using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Web;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.Notifications.Application.Deliveries;
using GeenKindDeBuurtUit.Notifications.Application.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Domain.Deliveries;
using GeenKindDeBuurtUit.Notifications.Domain.Subscriptions;
using GeenKindDeBuurtUit.Platform.Auditing;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.Api;

/// <summary>
/// A caller's subscriptions to change notifications. Creating, rotating and deleting one are in
/// the audit trail: a subscription decides where facts about pupils' cases are announced.
/// </summary>
internal static class SubscriptionEndpoints
{
    private const string Base = "/api/v1/subscriptions";
    private const string SubscriptionObject = "subscription";

    public static void Map(IEndpointRouteBuilder api)
    {
        var subscriptions = api.MapGroup("/subscriptions").WithTags("Notifications")
            .RequireAuthorization(p => p.RequireRole([.. SubscriberRoles.All]));

        subscriptions.MapPost("", async (CreateSubscriptionRequest body, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(body.ToCommand(), ct);
                return TypedResults.Created($"{Base}/{created.Id}", created);
            })
            .Audited(SubscriptionObject).WithName("CreateSubscription")
            .WithSummary("Subscribes a receiver's URL to notification types; the answer shows the signing secret, once (422 subscription-limit, type-not-readable).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        subscriptions.MapGet("", async (int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListSubscriptions(page, pageSize), ct)))
            .WithName("ListSubscriptions").WithSummary("The caller's own subscriptions, oldest first (an admin's: all); never a secret.")
            .ProducesValidationProblem();

        subscriptions.MapGet("/{subscriptionId:guid}", async (Guid subscriptionId, ISender sender, HttpResponse response, CancellationToken ct) =>
                response.OkWithETag(await sender.Send(new GetSubscription(subscriptionId), ct), s => s.Version))
            .WithName("GetSubscription").WithSummary("One of the caller's subscriptions; never its secret. The ETag is its version.").ProducesProblem(StatusCodes.Status404NotFound);

        subscriptions.MapDelete("/{subscriptionId:guid}", async (Guid subscriptionId, ISender sender, HttpRequest request, CancellationToken ct) =>
            {
                await sender.Send(new DeleteSubscription(subscriptionId, request.IfMatch()), ct);
                return TypedResults.NoContent();
            })
            .Audited(SubscriptionObject, idRouteValue: "subscriptionId").WithName("DeleteSubscription")
            .WithSummary("Ends a subscription: nothing more is sent to its URL.").ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        subscriptions.MapPost("/{subscriptionId:guid}/secret-rotation", async (Guid subscriptionId, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                response.OkWithETag(await sender.Send(new RotateSubscriptionSecret(subscriptionId, request.IfMatch()), ct), s => s.Version))
            .Audited(SubscriptionObject, idRouteValue: "subscriptionId").WithName("RotateSubscriptionSecret")
            .WithSummary("A new signing secret, shown once; for 24 hours deliveries carry a signature with each (422 subscription-deactivated).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        subscriptions.MapPost("/{subscriptionId:guid}/ping", async (Guid subscriptionId, ISender sender, CancellationToken ct) =>
                Accepted(subscriptionId, await sender.Send(new PingSubscription(subscriptionId), ct)))
            .WithName("PingSubscription")
            .WithSummary("Sends the receiver a nl.geenkinddebuurtuit.ping notification, to try the whole way; the answer is its delivery (422 subscription-deactivated).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        subscriptions.MapGet("/{subscriptionId:guid}/deliveries", async (Guid subscriptionId, [WireValues(typeof(DeliveryStatus))] string? status, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListDeliveries(subscriptionId, status is null ? null : WireName.Parse<DeliveryStatus>(status), page, pageSize), ct)))
            .WithName("ListDeliveries").WithSummary("What was sent to the subscription and how it went, newest first; by status when asked.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        subscriptions.MapGet("/{subscriptionId:guid}/deliveries/{deliveryId:guid}", async (Guid subscriptionId, Guid deliveryId, ISender sender, HttpResponse response, CancellationToken ct) =>
                TypedResults.Ok(response.WithContentETag(await sender.Send(new GetDelivery(subscriptionId, deliveryId), ct))))
            .WithName("GetDelivery").WithSummary("One delivery of the subscription; its ETag moves with every attempt.").ProducesProblem(StatusCodes.Status404NotFound);

        subscriptions.MapPost("/{subscriptionId:guid}/deliveries/{deliveryId:guid}/redelivery", async (Guid subscriptionId, Guid deliveryId, ISender sender, CancellationToken ct) =>
                Accepted(subscriptionId, await sender.Send(new RedeliverDelivery(subscriptionId, deliveryId), ct)))
            .WithName("RedeliverDelivery")
            .WithSummary("Sends a delivery again, whatever became of it: a new round of attempts starts now (422 subscription-deactivated).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static Accepted<DeliveryDto> Accepted(Guid subscriptionId, DeliveryDto delivery) =>
        TypedResults.Accepted($"{Base}/{subscriptionId}/deliveries/{delivery.Id}", delivery);
}
