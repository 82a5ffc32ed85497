using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;

/// <summary>Who changed an area's agreement for a school year, when, and from which terms to which, oldest first.</summary>
public sealed record GetAgreementHistory(string SchoolYear, Guid AreaId) : IQuery<IReadOnlyList<AgreementRevisionDto>>;

internal sealed class GetAgreementHistoryValidator : AbstractValidator<GetAgreementHistory>
{
    public GetAgreementHistoryValidator() => RuleFor(q => q.SchoolYear).IsSchoolYear();
}

internal sealed class GetAgreementHistoryHandler(BudgetScope scope, IAreaBudgetRepository budgets, IAgreementHistory history)
    : IQueryHandler<GetAgreementHistory, IReadOnlyList<AgreementRevisionDto>>
{
    public async ValueTask<IReadOnlyList<AgreementRevisionDto>> Handle(GetAgreementHistory query, CancellationToken cancellationToken)
    {
        var (year, _) = await scope.EnterAsync(query.SchoolYear, query.AreaId, cancellationToken);
        var revisions = await history.ListAsync(year, query.AreaId, cancellationToken);

        // An agreement set before its history was kept has an empty one; a year never agreed has none at all.
        if (revisions.Count == 0 && (await budgets.ReadAsync(year, query.AreaId, cancellationToken))?.Agreement is null)
        {
            throw new NotFoundException("Agreement", $"{query.SchoolYear}/{query.AreaId}");
        }

        return revisions.Select(r => r.ToDto()).ToList();
    }
}
