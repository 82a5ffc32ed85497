using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.CollectiveBudget.Application.Access;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;
using GeenKindDeBuurtUit.CollectiveBudget.Domain.Reconciliation;

namespace GeenKindDeBuurtUit.CollectiveBudget.Application.Budgets;

/// <summary>
/// The steps every request about one area's budget shares: the area must be known (400), the
/// caller must see it (404), a budget nobody touched yet is opened empty on first booking, and a
/// client's <c>If-Match</c> must name the budget's current version (412).
/// </summary>
internal sealed class BudgetScope(IAreaBudgetRepository budgets, IBudgetSchoolMap map, BudgetAccess access)
{
    /// <returns>The school year and the schools the area holds (every check on a request about one area is about its own schools).</returns>
    public async Task<(SchoolYear SchoolYear, IReadOnlyList<PlacedSchool> Schools)> EnterAsync(string schoolYear, Guid areaId, CancellationToken cancellationToken)
    {
        // The validators have checked the format; parsing cannot fail here.
        var year = SchoolYear.Parse(schoolYear);
        var schools = await SchoolsOfAsync(areaId, cancellationToken);
        access.EnsureCanRead(year, areaId, schools);
        return (year, schools);
    }

    /// <summary>The schools the area holds, whoever asks; the caller's access is checked on them apart.</summary>
    public async Task<IReadOnlyList<PlacedSchool>> SchoolsOfAsync(Guid areaId, CancellationToken cancellationToken)
    {
        var schools = await map.InAreaAsync(areaId, cancellationToken);
        if (!schools.HasArea(areaId))
        {
            // The area is the resource the path names: unknown is 404, as for any id in a path.
            throw new NotFoundException("Area", areaId);
        }

        return schools;
    }

    /// <summary>The budget as stored, for an answer that changes nothing; null when nothing was ever agreed or booked for it.</summary>
    public async Task<AreaBudget?> ReadAsync(string schoolYear, Guid areaId, CancellationToken cancellationToken)
    {
        var (year, _) = await EnterAsync(schoolYear, areaId, cancellationToken);
        return await budgets.ReadAsync(year, areaId, cancellationToken);
    }

    public async Task<AreaBudget> OpenAsync(SchoolYear schoolYear, Guid areaId, string? ifMatch, CancellationToken cancellationToken)
    {
        var budget = await budgets.FindAsync(schoolYear, areaId, cancellationToken);
        if (budget is not null)
        {
            ConcurrencyCheck.EnsureMatches(budget, ifMatch, "Budget");
            return budget;
        }

        // Unstored, a budget reads as version 0; stored, it is version 1, so an ETag read before
        // the first booking is stale after it.
        budget = AreaBudget.Open(schoolYear, areaId);
        ConcurrencyCheck.EnsureMatches(budget, ifMatch, "Budget");
        budget.IncrementVersion();
        budgets.Add(budget);
        return budget;
    }
}
