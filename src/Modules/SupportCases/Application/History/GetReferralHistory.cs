using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.History;

namespace GeenKindDeBuurtUit.SupportCases.Application.History;

/// <summary>The stored referral history of a year.</summary>
public sealed record GetReferralHistory(string SchoolYear) : IQuery<Versioned<ReferralHistoryDto>>;

internal sealed class GetReferralHistoryValidator : AbstractValidator<GetReferralHistory>
{
    public GetReferralHistoryValidator() => RuleFor(q => q.SchoolYear).IsHistoryYear();
}

internal sealed class GetReferralHistoryHandler(IHistoryRepository<ReferralHistory> histories) : IQueryHandler<GetReferralHistory, Versioned<ReferralHistoryDto>>
{
    public async ValueTask<Versioned<ReferralHistoryDto>> Handle(GetReferralHistory query, CancellationToken cancellationToken) =>
        await histories.FindAsync(SchoolYear.Parse(query.SchoolYear), cancellationToken) is { IsImported: true } history
            ? new Versioned<ReferralHistoryDto>(history.ToDto(), ConcurrencyCheck.VersionOf(history))
            : throw new NotFoundException("Referral history", query.SchoolYear);
}
