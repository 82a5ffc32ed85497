using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;

public sealed record GetAgreement(string SchoolYear, Guid AreaId) : IQuery<Versioned<AgreementDto>>;

internal sealed class GetAgreementValidator : AbstractValidator<GetAgreement>
{
    public GetAgreementValidator() => RuleFor(q => q.SchoolYear).IsSchoolYear();
}

internal sealed class GetAgreementHandler(BudgetScope scope) : IQueryHandler<GetAgreement, Versioned<AgreementDto>>
{
    public async ValueTask<Versioned<AgreementDto>> Handle(GetAgreement query, CancellationToken cancellationToken)
    {
        var budget = await scope.ReadAsync(query.SchoolYear, query.AreaId, cancellationToken);
        return budget?.Agreement?.ToDto(budget) is { } agreement
            ? new(agreement, ConcurrencyCheck.VersionOf(budget))
            : throw new NotFoundException("Agreement", $"{query.SchoolYear}/{query.AreaId}");
    }
}
