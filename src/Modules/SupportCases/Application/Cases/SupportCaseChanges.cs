using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.SupportCases.Application.Access;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

/// <summary>
/// The steps every change to a case shares, so each handler only says what changes: find the
/// case in the caller's scope, check If-Match, refuse dates before the case opened, apply the
/// domain method, write its events to the outbox and commit in one transaction.
/// </summary>
internal sealed class SupportCaseChanges(
    ISupportCaseRepository cases, IClosedSchoolYears closedYears, SupportCaseAccess access, ISupportCasesUnitOfWork unitOfWork)
{
    public Task<SupportCaseDto> ApplyAsync(
        ISupportCaseChange command,
        IReadOnlyList<(string Field, DateOnly Date)> dates,
        Func<SupportCase, IEnumerable<IntegrationEvent>> change,
        CancellationToken cancellationToken) =>
        ApplyAsync(command, dates, (c, _) => change(c), knowsClosedYears: false, cancellationToken);

    /// <summary>A change that may alter the referral or thuiszitter figures: it is given the closed school years of the case's school.</summary>
    public Task<SupportCaseDto> ApplyKnowingClosedYearsAsync(
        ISupportCaseChange command,
        IReadOnlyList<(string Field, DateOnly Date)> dates,
        Func<SupportCase, ClosedSchoolYears, IEnumerable<IntegrationEvent>> change,
        CancellationToken cancellationToken) =>
        ApplyAsync(command, dates, change, knowsClosedYears: true, cancellationToken);

    private async Task<SupportCaseDto> ApplyAsync(
        ISupportCaseChange command,
        IReadOnlyList<(string Field, DateOnly Date)> dates,
        Func<SupportCase, ClosedSchoolYears, IEnumerable<IntegrationEvent>> change,
        bool knowsClosedYears,
        CancellationToken cancellationToken)
    {
        var supportCase = await cases.FindAsync(command.CaseId, cancellationToken) ?? throw new NotFoundException("Support case", command.CaseId);
        access.EnsureCanSee(supportCase.SchoolId, supportCase.Id);
        ConcurrencyCheck.EnsureMatches(supportCase, command.IfMatch, "Support case");
        foreach (var (field, date) in dates)
        {
            if (date < supportCase.OpenedOn)
            {
                throw InvalidRequestException.For(field, $"A date before the case was opened ({supportCase.OpenedOn:yyyy-MM-dd}) is refused.");
            }
        }

        var closed = knowsClosedYears ? await closedYears.OfSchoolAsync(supportCase.SchoolId, cancellationToken) : ClosedSchoolYears.None;
        foreach (var integrationEvent in change(supportCase, closed).ToList())
        {
            unitOfWork.Publish(integrationEvent);
        }

        await unitOfWork.CommitAsync(cancellationToken);
        return supportCase.ToDto();
    }
}
