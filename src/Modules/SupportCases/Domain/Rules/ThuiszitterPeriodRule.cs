using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Domain.Rules;

/// <summary>A child is at home without education once at a time: a period ends before another starts.</summary>
public sealed class ThuiszitterPeriodRule(bool starting, ThuiszitterPeriod? ongoing) : IBusinessRule
{
    public string Code => starting ? "thuiszitter-ongoing" : "no-thuiszitter-period";

    public string Message => starting
        ? "The child is already recorded as at home without education; end that period first."
        : "The child is not recorded as at home without education.";

    public bool IsBroken() => starting ? ongoing is not null : ongoing is null;
}
