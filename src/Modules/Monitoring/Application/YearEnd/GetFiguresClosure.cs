using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Domain.YearEnd;

namespace GeenKindDeBuurtUit.Monitoring.Application.YearEnd;

/// <summary>Whether a school year's figures are closed, and their history; any year reads, a year nobody closed as open.</summary>
public sealed record GetFiguresClosure(string SchoolYear) : IQuery<FiguresClosureDto>;

internal sealed class GetFiguresClosureValidator : AbstractValidator<GetFiguresClosure>
{
    public GetFiguresClosureValidator() => RuleFor(q => q.SchoolYear).IsSchoolYear();
}

internal sealed class GetFiguresClosureHandler(ISchoolYearFiguresRepository years) : IQueryHandler<GetFiguresClosure, FiguresClosureDto>
{
    public async ValueTask<FiguresClosureDto> Handle(GetFiguresClosure query, CancellationToken cancellationToken)
    {
        var year = SchoolYear.Parse(query.SchoolYear);
        return (await years.FindAsync(year.StartYear, cancellationToken) ?? SchoolYearFigures.Open(year)).ToDto();
    }
}
