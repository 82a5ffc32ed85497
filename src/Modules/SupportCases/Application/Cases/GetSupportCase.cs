using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.SupportCases.Application.Access;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

public sealed record GetSupportCase(Guid CaseId) : IQuery<SupportCaseDto>;

internal sealed class GetSupportCaseHandler(ISupportCaseQueries queries, SupportCaseAccess access) : IQueryHandler<GetSupportCase, SupportCaseDto>
{
    public async ValueTask<SupportCaseDto> Handle(GetSupportCase query, CancellationToken cancellationToken)
    {
        var supportCase = await queries.FindAsync(query.CaseId, cancellationToken) ?? throw new NotFoundException("Support case", query.CaseId);
        access.EnsureCanSee(supportCase.SchoolId, supportCase.Id);
        return supportCase.ToDto();
    }
}
