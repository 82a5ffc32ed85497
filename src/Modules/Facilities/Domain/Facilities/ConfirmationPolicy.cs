namespace GeenKindDeBuurtUit.Facilities.Domain.Facilities;

/// <summary>
/// How the map keeps itself current (docs/adr/0060): a facility not confirmed for
/// <see cref="ConfirmEveryMonths"/> becomes stale, after <see cref="GraceMonths"/> more it is hidden,
/// and its steward is reminded <see cref="ReminderMonths"/> before it becomes stale.
/// </summary>
public sealed record ConfirmationPolicy(int ConfirmEveryMonths, int GraceMonths, int ReminderMonths)
{
    public static ConfirmationPolicy Default { get; } = new(6, 2, 1);

    public DateOnly StaleOn(DateOnly confirmedOn) => confirmedOn.AddMonths(ConfirmEveryMonths);

    public DateOnly HiddenOn(DateOnly confirmedOn) => StaleOn(confirmedOn).AddMonths(GraceMonths);

    public DateOnly ReminderOn(DateOnly confirmedOn) => StaleOn(confirmedOn).AddMonths(-ReminderMonths);
}
