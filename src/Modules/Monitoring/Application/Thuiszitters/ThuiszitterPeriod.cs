namespace GeenKindDeBuurtUit.Monitoring.Application.Thuiszitters;

/// <summary>A time one child was at home without education; the end day is a day back at school.</summary>
internal sealed record ThuiszitterPeriod(Guid CaseId, Guid SchoolId, DateOnly Since, DateOnly? EndedOn)
{
    /// <summary>At home on that day: started on or before it and not yet back.</summary>
    public bool IsOngoingOn(DateOnly day) => Since <= day && (EndedOn is null || EndedOn > day);

    /// <summary>At home on at least one day from first to last (a child back on the first day was not).</summary>
    public bool Overlaps(DateOnly first, DateOnly last) => Since <= last && (EndedOn is null || EndedOn > first);
}
