using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Access;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Reconciliation;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Reconciliation;

/// <summary>The treasurers' reconciliation of a school year, for one board or for every board the caller sees.</summary>
public sealed record Reconcile(string SchoolYear, Guid? BoardId) : IQuery<ReconciliationDto>;

internal sealed class ReconcileValidator : AbstractValidator<Reconcile>
{
    public ReconcileValidator()
    {
        RuleFor(q => q.SchoolYear).IsSchoolYear();
        RuleFor(q => q.BoardId).NotEqual(Guid.Empty).WithMessage("Unknown board.");
    }
}

internal sealed class ReconcileHandler(IAreaBudgetRepository budgets, IBudgetSchoolMap map, BudgetAccess access)
    : IQueryHandler<Reconcile, ReconciliationDto>
{
    public async ValueTask<ReconciliationDto> Handle(Reconcile query, CancellationToken cancellationToken)
    {
        var year = SchoolYear.Parse(query.SchoolYear);
        var schools = await map.AllAsync(cancellationToken);
        var boards = Boards(query.BoardId, schools);
        var shares = new List<(Guid AreaId, BoardShare Share)>();
        var areas = new List<AreaTotalsDto>();
        foreach (var areaId in schools.Select(s => s.AreaId).Distinct().Order().Where(a => access.CanRead(a, schools)))
        {
            var budget = await budgets.ReadAsync(year, areaId, cancellationToken) ?? AreaBudget.Open(year, areaId);
            var inArea = AreaReconciliation.Attribute(budget, schools).Where(s => boards?.Contains(s.BoardId) ?? true).ToList();
            if (inArea.Count == 0)
            {
                continue;
            }

            shares.AddRange(inArea.Select(s => (areaId, s)));
            var f = budget.Figures;
            areas.Add(new AreaTotalsDto(areaId, Money.InCents(f.Contributions), Money.InCents(f.Allocated), Money.InCents(f.Spent)));
        }

        var perBoard = shares.GroupBy(s => s.Share.BoardId).OrderBy(g => g.Key).Select(g => new BoardReconciliationDto(
            g.Key,
            Money.InCents(g.Sum(s => s.Share.Contributed)),
            Money.InCents(g.Sum(s => s.Share.Allocated)),
            Money.InCents(g.Sum(s => s.Share.Spent)),
            g.Select(s => new BoardAreaDto(s.AreaId, Money.InCents(s.Share.Contributed), Money.InCents(s.Share.Allocated), Money.InCents(s.Share.Spent))).ToList()));
        return new ReconciliationDto(year.ToString(), perBoard.ToList(), areas);
    }

    /// <returns>The boards to show; null is every board.</returns>
    private IReadOnlySet<Guid>? Boards(Guid? boardId, IReadOnlyList<PlacedSchool> schools)
    {
        if (boardId is not { } board)
        {
            return access.VisibleBoards;
        }

        if (!schools.HasBoard(board))
        {
            throw InvalidRequestException.For("boardId", "Unknown board.");
        }

        if (access.VisibleBoards is { } visible && !visible.Contains(board))
        {
            throw new NotFoundException("Board", board);
        }

        return new HashSet<Guid> { board };
    }
}
