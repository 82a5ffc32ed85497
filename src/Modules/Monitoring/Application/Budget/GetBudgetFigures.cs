using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.Monitoring.Application.Figures;
using GeenKindDeBuurtUit.Monitoring.Domain;

namespace GeenKindDeBuurtUit.Monitoring.Application.Budget;

/// <summary>The collective budget per area for one school year, as the budget module last recalculated it.</summary>
public sealed record GetBudgetFigures(string? SchoolYear) : IQuery<BudgetFigures>;

public sealed record BudgetFigures(string SchoolYear, IReadOnlyList<BudgetRow> Rows);

/// <param name="RecalculatedAt">When the budget module last reported; null when the area has no budget that year.</param>
public sealed record BudgetRow(Guid AreaId, string AreaName, decimal Pooled, decimal FreedFunds, decimal Allocated, decimal Spent, DateTimeOffset? RecalculatedAt);

internal sealed class GetBudgetFiguresValidator : AbstractValidator<GetBudgetFigures>
{
    public GetBudgetFiguresValidator() => RuleFor(q => q.SchoolYear).IsSchoolYearWhenGiven();
}

internal sealed class GetBudgetFiguresHandler(IBudgetQueries budgets, ISchoolMapQueries map, UnitTreeCache maps, MonitoringAccess access) : IQueryHandler<GetBudgetFigures, BudgetFigures>
{
    public async ValueTask<BudgetFigures> Handle(GetBudgetFigures query, CancellationToken cancellationToken)
    {
        var year = access.YearOrCurrent(query.SchoolYear);
        var reports = await budgets.OfYearAsync(year.StartYear, cancellationToken);
        var tree = await maps.TreeAsync(map, cancellationToken);
        var rows = tree.At(UnitLevel.Area).Select(area => reports.SingleOrDefault(b => b.AreaId == area.Id) is { } b
                ? new BudgetRow(area.Id, area.Name, b.Pooled, b.FreedFunds, b.Allocated, b.Spent, new DateTimeOffset(b.AsOf, TimeSpan.Zero))
                : new BudgetRow(area.Id, area.Name, 0m, 0m, 0m, 0m, null))
            .ToList();
        return new BudgetFigures(year.ToString(), rows);
    }
}
