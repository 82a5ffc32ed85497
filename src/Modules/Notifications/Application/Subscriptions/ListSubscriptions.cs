using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.Notifications.Application.Access;

namespace GeenKindDeBuurtUit.Notifications.Application.Subscriptions;

public sealed record ListSubscriptions(int? Page, int? PageSize) : IQuery<PagedList<SubscriptionDto>>, IPagedQuery;

internal sealed class ListSubscriptionsValidator : AbstractValidator<ListSubscriptions>
{
    public ListSubscriptionsValidator() => Include(new PagingValidator<ListSubscriptions>());
}

internal sealed class ListSubscriptionsHandler(ISubscriptionRepository subscriptions, SubscriberAccess access)
    : IQueryHandler<ListSubscriptions, PagedList<SubscriptionDto>>
{
    public async ValueTask<PagedList<SubscriptionDto>> Handle(ListSubscriptions query, CancellationToken cancellationToken)
    {
        var page = PageRequest.From(query.Page, query.PageSize);
        var (items, total) = await subscriptions.ListAsync(access.ListedOwner, page.Skip, page.PageSize, cancellationToken);
        return PagedList<SubscriptionDto>.Of(items.Select(s => s.ToDto()).ToList(), page, total);
    }
}
