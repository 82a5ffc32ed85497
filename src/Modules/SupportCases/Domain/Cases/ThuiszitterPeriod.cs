namespace GeenKindDeBuurtUit.SupportCases.Domain.Cases;

/// <summary>A time the child was at home without education (thuiszitter): the guard next to referrals.</summary>
public sealed class ThuiszitterPeriod
{
    private ThuiszitterPeriod()
    {
        Reason = string.Empty;
    }

    internal ThuiszitterPeriod(DateOnly since, string reason)
    {
        Since = since;
        Reason = reason;
    }

    public DateOnly Since { get; private set; }

    public string Reason { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public bool IsOngoing => EndedOn is null;

    internal void End(DateOnly on) => EndedOn = on;
}
