namespace GeenKindDeBuurtUit.Monitoring.Application.Budget;

internal interface IBudgetQueries
{
    /// <summary>Each area's budget of the school year starting in <paramref name="schoolYearStart"/>, as the budget module last reported it.</summary>
    Task<IReadOnlyList<BudgetReport>> OfYearAsync(int schoolYearStart, CancellationToken cancellationToken);
}

/// <param name="AsOf">When the budget module reported it (UTC).</param>
internal sealed record BudgetReport(Guid AreaId, decimal Pooled, decimal FreedFunds, decimal Allocated, decimal Spent, DateTime AsOf);
