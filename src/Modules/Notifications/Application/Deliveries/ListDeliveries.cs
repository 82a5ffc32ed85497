using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.Notifications.Application.Access;
using GeenKindDeBuurtUit.Notifications.Application.Subscriptions;
using GeenKindDeBuurtUit.Notifications.Domain.Deliveries;

namespace GeenKindDeBuurtUit.Notifications.Application.Deliveries;

/// <summary>What was sent to a subscription and how it went, newest first; by status when asked.</summary>
public sealed record ListDeliveries(Guid SubscriptionId, DeliveryStatus? Status, int? Page, int? PageSize) : IQuery<PagedList<DeliveryDto>>, IPagedQuery;

internal sealed class ListDeliveriesValidator : AbstractValidator<ListDeliveries>
{
    public ListDeliveriesValidator() => Include(new PagingValidator<ListDeliveries>());
}

internal sealed class ListDeliveriesHandler(ISubscriptionRepository subscriptions, IDeliveryRepository deliveries, SubscriberAccess access)
    : IQueryHandler<ListDeliveries, PagedList<DeliveryDto>>
{
    public async ValueTask<PagedList<DeliveryDto>> Handle(ListDeliveries query, CancellationToken cancellationToken)
    {
        access.EnsureCanSee(await subscriptions.FindAsync(query.SubscriptionId, cancellationToken), query.SubscriptionId);
        var page = PageRequest.From(query.Page, query.PageSize);
        var (items, total) = await deliveries.ListAsync(query.SubscriptionId, query.Status, page.Skip, page.PageSize, cancellationToken);
        return PagedList<DeliveryDto>.Of(items, page, total);
    }
}
