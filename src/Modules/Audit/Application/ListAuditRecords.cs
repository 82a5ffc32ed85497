using FluentValidation;
using GeenKindDeBuurtUit.Audit.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;

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
        RuleFor(q => q.Actor).NotEmpty().MaximumLength(AuditRecord.ActorLength).When(q => q.Actor is not null);
        RuleFor(q => q.From).Must(AuditPeriod.IsValid).WithMessage(AuditPeriod.Rule);
        RuleFor(q => q.To).Must(AuditPeriod.IsValid).WithMessage(AuditPeriod.Rule);
        RuleFor(q => q.To)
            .Must((q, to) => AuditPeriod.Parse(to!, end: true) > AuditPeriod.Parse(q.From!, end: false))
            .When(q => q.From is not null && q.To is not null && AuditPeriod.IsValid(q.From) && AuditPeriod.IsValid(q.To))
            .WithMessage("The period ends on or after it starts.");
        Include(new PagingValidator<ListAuditRecords>());
    }
}

internal sealed class ListAuditRecordsHandler(IAuditRecordQueries queries) : IQueryHandler<ListAuditRecords, PagedList<AuditRecordDto>>
{
    public async ValueTask<PagedList<AuditRecordDto>> Handle(ListAuditRecords query, CancellationToken cancellationToken)
    {
        var page = PageRequest.From(query.Page, query.PageSize);
        var filter = new AuditRecordFilter(
            query.ObjectId is { } objectId ? Guid.Parse(objectId).ToString() : null,
            query.Actor,
            query.From is { } from ? AuditPeriod.Parse(from, end: false) : null,
            query.To is { } to ? AuditPeriod.Parse(to, end: true) : null);
        var (records, total) = await queries.ListAsync(filter, page, cancellationToken);
        return PagedList<AuditRecordDto>.Of(records.Select(AuditRecordDto.From).ToList(), page, total);
    }
}
