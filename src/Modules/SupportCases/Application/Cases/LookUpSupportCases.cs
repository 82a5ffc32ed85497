using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.SupportCases.Application.Access;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

/// <summary>
/// A pupil's cases at one school, found by the reference the school's own system issued: open
/// first, then the newest opened first. The reference arrives in a body, never in a URL, so it
/// stays out of access logs.
/// </summary>
public sealed record LookUpSupportCases(Guid SchoolId, string PupilRef, int? Page, int? PageSize) : IQuery<PagedList<SupportCaseDto>>, IPagedQuery;

internal sealed class LookUpSupportCasesValidator : AbstractValidator<LookUpSupportCases>
{
    public LookUpSupportCasesValidator()
    {
        RuleFor(q => q.SchoolId).NotEmpty();
        RuleFor(q => q.PupilRef).IsPupilReference();
        Include(new PagingValidator<LookUpSupportCases>());
    }
}

internal sealed class LookUpSupportCasesHandler(ISupportCaseQueries queries, SupportCaseAccess access) : IQueryHandler<LookUpSupportCases, PagedList<SupportCaseDto>>
{
    public async ValueTask<PagedList<SupportCaseDto>> Handle(LookUpSupportCases query, CancellationToken cancellationToken)
    {
        var page = PageRequest.From(query.Page, query.PageSize);

        // Another school's pupil is nobody the caller can find: an empty list, as the list of cases answers, so nothing tells that a case exists.
        if (!access.CanSee(query.SchoolId))
        {
            return PagedList<SupportCaseDto>.Of([], page, 0);
        }

        var (cases, total) = await queries.OfPupilAsync(query.SchoolId, query.PupilRef, page, cancellationToken);
        return cases.ToDtoPage(page, total);
    }
}
