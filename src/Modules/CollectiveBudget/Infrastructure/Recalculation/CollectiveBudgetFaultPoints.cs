
namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Recalculation;

/// <summary>The collective budget's fault points for the crash tests (docs/adr/0017).</summary>
public static class CollectiveBudgetFaultPoints
{
    /// <summary>The freed-funds recalculation has booked its difference; its pending row is still claimed and not completed.</summary>
    public const string BudgetRecalculated = "budget-recalculated";
}
