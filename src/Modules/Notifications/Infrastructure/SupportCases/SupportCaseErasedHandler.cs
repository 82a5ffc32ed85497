using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Messaging;
using GeenKindDeBuurtUit.Notifications.Infrastructure.Persistence;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Notifications.Infrastructure.SupportCases;

/// <summary>An erased case (docs/adr/0015) leaves no notification naming it, delivered or not.</summary>
internal sealed class SupportCaseErasedHandler(NotificationsDbContext context)
    : IntegrationEventHandler<SupportCaseErasedIntegrationEvent, NotificationsDbContext>(context)
{
    protected override async Task HandleAsync(SupportCaseErasedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var subject = e.CaseId.ToString();
        await Context.Deliveries.Where(d => d.Subject == subject).ExecuteDeleteAsync(cancellationToken);
        await Context.Notifications.Where(n => n.Subject == subject).ExecuteDeleteAsync(cancellationToken);
    }
}
