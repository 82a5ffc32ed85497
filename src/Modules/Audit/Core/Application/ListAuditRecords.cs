using FluentValidation;
using GeenKindDeBuurtUit.Audit.Infrastructure;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Audit.Application;

/// <summary>Audit records by object id, actor (<c>sub</c>) and period, newest first.</summary>
public sealed record ListAuditRecords(string? ObjectId, string? Actor, string? From, string? To, int? Page, int? PageSize)
    : IQuery<PagedList<AuditRecordDto>>, IPagedQuery;

internal sealed class ListAuditRecordsValidator : AbstractValidator<ListAuditRecords>
{
    public ListAuditRecordsValidator()
    {
        RuleFor(q => q.ObjectId).Must(id => Guid.TryParse(id, out _)).When(q => q.ObjectId is not null)
            .WithMessage("An object id is a GUID.");
        RuleFor(q => q.Actor).NotEmpty().MaximumLength(AuditRecordConfiguration.ActorLength).When(q => q.Actor is not null);
        RuleFor(q => q.From).Must(AuditPeriod.IsValid).WithMessage(AuditPeriod.Rule);
        RuleFor(q => q.To).Must(AuditPeriod.IsValid).WithMessage(AuditPeriod.Rule);
        RuleFor(q => q.To)
            .Must((q, to) => AuditPeriod.Parse(to!, end: true) > AuditPeriod.Parse(q.From!, end: false))
            .When(q => q.From is not null && q.To is not null && AuditPeriod.IsValid(q.From) && AuditPeriod.IsValid(q.To))
            .WithMessage("The period ends on or after it starts.");
        Include(new PagingValidator<ListAuditRecords>());
    }
}

internal sealed class ListAuditRecordsHandler(AuditDbContext db) : IQueryHandler<ListAuditRecords, PagedList<AuditRecordDto>>
{
    public async ValueTask<PagedList<AuditRecordDto>> Handle(ListAuditRecords query, CancellationToken cancellationToken)
    {
        var page = PageRequest.From(query.Page, query.PageSize);
        var records = db.Records.AsNoTracking();
        if (query.ObjectId is not null)
        {
            var objectId = Guid.Parse(query.ObjectId).ToString();
            records = records.Where(r => r.ObjectId == objectId);
        }

        if (query.Actor is not null)
        {
            records = records.Where(r => r.Actor == query.Actor);
        }

        if (query.From is not null)
        {
            var from = AuditPeriod.Parse(query.From, end: false)!.Value;
            records = records.Where(r => r.RecordedAt >= from);
        }

        if (query.To is not null)
        {
            var before = AuditPeriod.Parse(query.To, end: true)!.Value;
            records = records.Where(r => r.RecordedAt < before);
        }

        var total = await records.CountAsync(cancellationToken);
        var items = await records.OrderByDescending(r => r.Sequence).Skip(page.Skip).Take(page.PageSize).ToListAsync(cancellationToken);
        return PagedList<AuditRecordDto>.Of(items.Select(AuditRecordDto.From).ToList(), page, total);
    }
}
