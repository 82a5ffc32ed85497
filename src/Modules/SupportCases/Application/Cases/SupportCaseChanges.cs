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
internal sealed class SupportCaseChanges(ISupportCaseRepository cases, SupportCaseAccess access, ISupportCasesUnitOfWork unitOfWork)
{
    public async Task<SupportCaseDto> ApplyAsync(
        ISupportCaseChange command,
        IReadOnlyList<(string Field, DateOnly? Date)> dates,
        Func<SupportCase, IEnumerable<IntegrationEvent>> change,
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

        foreach (var integrationEvent in change(supportCase).ToList())
        {
            unitOfWork.Publish(integrationEvent);
        }

        await unitOfWork.CommitAsync(cancellationToken);
        return supportCase.ToDto();
    }
}
