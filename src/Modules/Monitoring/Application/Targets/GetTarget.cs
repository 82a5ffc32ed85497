using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.Monitoring.Application.Targets;

public sealed record GetTarget(string SchoolYear) : IQuery<TargetDto>;

internal sealed class GetTargetValidator : AbstractValidator<GetTarget>
{
    public GetTargetValidator() => RuleFor(c => c.SchoolYear).IsSchoolYear();
}

internal sealed class GetTargetHandler(ITargetQueries targets) : IQueryHandler<GetTarget, TargetDto>
{
    public async ValueTask<TargetDto> Handle(GetTarget query, CancellationToken cancellationToken)
    {
        var year = SchoolYear.Parse(query.SchoolYear);
        var stored = await targets.FindAsync(year.StartYear, cancellationToken);
        return TargetBook.Describe(year, stored) ?? throw new NotFoundException("Target", year);
    }
}
