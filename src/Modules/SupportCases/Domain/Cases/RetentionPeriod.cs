namespace GeenKindDeBuurtUit.SupportCases.Domain.Cases;

/// <summary>
/// How long a closed case is kept (domain rule 7): <see cref="ClosedCaseYears"/> after closure,
/// or <see cref="ReferredCaseYears"/> when a referral to special education stood at closure (a
/// withdrawn referral no longer counts as referred).
/// </summary>
public sealed record RetentionPeriod(int ClosedCaseYears, int ReferredCaseYears)
{
    /// <summary>The last closure date of a case without a standing referral that is due on <paramref name="today"/>.</summary>
    /// <remarks>Counted back from today, so a case closed on 29 February is kept until 1 March: never a day short.</remarks>
    public DateOnly ClosedCasesUpTo(DateOnly today) => today.AddYears(-ClosedCaseYears);

    /// <summary>The last closure date of a referred pupil's case that is due on <paramref name="today"/>.</summary>
    public DateOnly ReferredCasesUpTo(DateOnly today) => today.AddYears(-ReferredCaseYears);

    public bool IsDue(SupportCase supportCase, DateOnly today) =>
        supportCase is { Status: CaseStatus.Closed, ClosedOn: { } closedOn }
        && closedOn <= (supportCase.WasReferredAtClosure ? ReferredCasesUpTo(today) : ClosedCasesUpTo(today));
}
