using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.SupportCases.Application.Access;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

/// <summary>One case as the API answers it, for the answer alone; <see cref="GetSupportCase"/> gives it to read from.</summary>
public sealed record GetWrittenSupportCase(Guid CaseId) : IQuery<WrittenCase>;

internal sealed class GetWrittenSupportCaseHandler(ISupportCaseQueries queries, SupportCaseAccess access) : IQueryHandler<GetWrittenSupportCase, WrittenCase>
{
    public async ValueTask<WrittenCase> Handle(GetWrittenSupportCase query, CancellationToken cancellationToken)
    {
        var supportCase = await queries.FindWrittenAsync(query.CaseId, cancellationToken) ?? throw new NotFoundException("Support case", query.CaseId);
        access.EnsureCanSee(supportCase.SchoolId, supportCase.Id);
        return supportCase;
    }
}
