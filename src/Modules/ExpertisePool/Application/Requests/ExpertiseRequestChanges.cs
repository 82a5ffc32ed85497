using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.ExpertisePool.Application.Access;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Requests;

/// <summary>
/// The steps every change to a request shares: find it in the caller's scope, check If-Match,
/// refuse dates before the request was made, apply the change, write its events to the outbox
/// and commit in one transaction.
/// </summary>
internal sealed class ExpertiseRequestChanges(IExpertiseRequestRepository requests, PoolAccess access, RequestView view, IExpertisePoolUnitOfWork unitOfWork)
{
    public Task<ExpertiseRequestDto> ApplyAsync(
        IExpertiseRequestChange command, Func<ExpertiseRequest, Task<IEnumerable<IntegrationEvent>>> change, CancellationToken cancellationToken) =>
        ApplyAsync(command, (string.Empty, null), change, cancellationToken);

    /// <param name="date">A date of the change and its field: refused when before the request was made.</param>
    public async Task<ExpertiseRequestDto> ApplyAsync(
        IExpertiseRequestChange command,
        (string Field, DateOnly? Date) date,
        Func<ExpertiseRequest, Task<IEnumerable<IntegrationEvent>>> change,
        CancellationToken cancellationToken)
    {
        var request = await requests.FindAsync(command.RequestId, cancellationToken) ?? throw new NotFoundException("Expertise request", command.RequestId);
        await access.EnsureCanSeeAsync(request, cancellationToken);
        ConcurrencyCheck.EnsureMatches(request, command.IfMatch, "Expertise request");
        if (date.Date < request.RequestedOn)
        {
            throw InvalidRequestException.For(date.Field, $"A date before the request was made ({request.RequestedOn:yyyy-MM-dd}) is refused.");
        }

        foreach (var integrationEvent in (await change(request)).ToList())
        {
            unitOfWork.Publish(integrationEvent);
        }

        await unitOfWork.CommitAsync(cancellationToken);
        return await view.ShowAsync(request, cancellationToken);
    }
}
