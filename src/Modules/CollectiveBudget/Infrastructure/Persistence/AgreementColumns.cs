using GeenKindDeBuurtUit.CollectiveBudget.Domain.Budgets;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.CollectiveBudget.Infrastructure.Persistence;

/// <summary>An agreement's terms as columns, the same wherever they are stored: on the budget and in its history.</summary>
internal static class AgreementColumns
{
    public static void Configure(ComplexPropertyBuilder<Agreement> agreement)
    {
        agreement.Property(a => a.PoolShare).HasPrecision(5, 4);
        agreement.Property(a => a.ExpertiseHourRate).HasPrecision(18, 2);
        agreement.ComplexProperty(a => a.Rates, rates =>
        {
            rates.Property(r => r.Sbo).HasPrecision(18, 2);
            rates.Property(r => r.SoLow).HasPrecision(18, 2);
            rates.Property(r => r.SoMedium).HasPrecision(18, 2);
            rates.Property(r => r.SoHigh).HasPrecision(18, 2);
        });
        agreement.ComplexProperty(a => a.Baseline);
    }
}
