using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.ExpertisePool.Application.Access;
using GeenKindDeBuurtUit.ExpertisePool.Application.Directory;
using GeenKindDeBuurtUit.ExpertisePool.Application.Validation;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;
using GeenKindDeBuurtUit.ExpertisePool.IntegrationEvents;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Requests;

/// <summary>A school, or a cluster on behalf of its schools, asks for expertise. <c>Urgency</c> defaults to "normal".</summary>
public sealed record MakeExpertiseRequest(
    Guid? SchoolId, Guid? ClusterId, Expertise Expertise, decimal Hours, Urgency? Urgency, Guid? SupportCaseId, string? Note) : ICommand<ExpertiseRequestDto>;

internal sealed class MakeExpertiseRequestValidator : AbstractValidator<MakeExpertiseRequest>
{
    public const string OneRequester = "Give either schoolId or clusterId: a request comes from one school or from one cluster.";

    public MakeExpertiseRequestValidator()
    {
        RuleFor(c => c.SchoolId).Must((c, schoolId) => (schoolId is null) != (c.ClusterId is null)).WithMessage(OneRequester);
        RuleFor(c => c.ClusterId).Must((c, clusterId) => (clusterId is null) != (c.SchoolId is null)).WithMessage(OneRequester);
        RuleFor(c => c.SchoolId).NotEqual(Guid.Empty).When(c => c.SchoolId is not null);
        RuleFor(c => c.ClusterId).NotEqual(Guid.Empty).When(c => c.ClusterId is not null);
        RuleFor(c => c.Hours).IsHours(WeeklyHours.FullTimeWeek);
        RuleFor(c => c.SupportCaseId).NotEqual(Guid.Empty).When(c => c.SupportCaseId is not null);
        RuleFor(c => c.Note).MaximumLength(1000).IdentifiesNoPupil();
    }
}

internal sealed class MakeExpertiseRequestHandler(
    IExpertiseRequestRepository requests,
    ISchoolDirectory schools,
    ISupportCaseDirectory supportCases,
    PoolAccess access,
    RequestView view,
    IExpertisePoolUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<MakeExpertiseRequest, ExpertiseRequestDto>
{
    public async ValueTask<ExpertiseRequestDto> Handle(MakeExpertiseRequest command, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(cancellationToken);
        var requester = await RequesterAsync(command, scope, cancellationToken);
        if (command.SupportCaseId is { } caseId)
        {
            await EnsureCaseFitsAsync(caseId, requester, scope, cancellationToken);
        }

        var request = ExpertiseRequest.Make(
            Guid.NewGuid(), requester, command.Expertise, command.Hours, command.Urgency ?? Urgency.Normal,
            command.SupportCaseId, string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim(), clock.GetUtcNow(), SchoolCalendar.Today(clock));
        requests.Add(request);
        // The note stays in this module: free text may say more about a child than another module needs.
        unitOfWork.Publish(new ExpertiseRequestMadeIntegrationEvent(
            request.Id, request.SchoolId, request.ClusterId, request.AreaId, WireName.Of(request.Expertise), request.Hours, WireName.Of(request.Urgency),
            request.SupportCaseId, ExpertiseRequestMapping.Utc(request.RequestedAt)));
        await unitOfWork.CommitAsync(cancellationToken);
        return await view.ShowAsync(request, cancellationToken);
    }

    // An unknown school or cluster is bad input (400); a known one outside the caller's scope is forbidden (403).
    private async Task<Requester> RequesterAsync(MakeExpertiseRequest command, RequestScope scope, CancellationToken cancellationToken)
    {
        if (command.SchoolId is { } schoolId)
        {
            var school = await schools.FindSchoolAsync(schoolId, cancellationToken) ?? throw InvalidRequestException.For("schoolId", "Unknown school.");
            return scope.CoversSchool(schoolId)
                ? Requester.School(schoolId, school.ClusterId, school.AreaId)
                : throw new ForbiddenException("This token does not act for that school.");
        }

        var clusterId = command.ClusterId ?? throw new InvalidOperationException(MakeExpertiseRequestValidator.OneRequester);
        var cluster = await schools.FindClusterAsync(clusterId, cancellationToken) ?? throw InvalidRequestException.For("clusterId", "Unknown cluster.");
        return scope.CoversCluster(cluster.ClusterId)
            ? Requester.Cluster(cluster.ClusterId, cluster.AreaId, await SchoolsInClusterAsync(access.ActingSchoolIds, cluster.ClusterId, cancellationToken))
            : throw new ForbiddenException("None of this token's schools belongs to that cluster.");
    }

    private async Task<List<Guid>> SchoolsInClusterAsync(IEnumerable<Guid> schoolIds, Guid clusterId, CancellationToken cancellationToken)
    {
        var inCluster = new List<Guid>();
        foreach (var schoolId in schoolIds)
        {
            if ((await schools.FindSchoolAsync(schoolId, cancellationToken))?.ClusterId == clusterId)
            {
                inCluster.Add(schoolId);
            }
        }

        return inCluster;
    }

    // The case's school is the requesting school or lies in the requesting cluster, and the caller sees it.
    // Anything else reads as unknown, so that no one learns a case exists at a school they cannot see.
    private async Task EnsureCaseFitsAsync(Guid caseId, Requester requester, RequestScope scope, CancellationToken cancellationToken)
    {
        var unknown = InvalidRequestException.For("supportCaseId", "Unknown support case.");
        var supportCase = await supportCases.FindAsync(caseId, cancellationToken);
        if (supportCase is null || !scope.CoversSchool(supportCase.SchoolId))
        {
            throw unknown;
        }

        var fits = requester.SchoolId is { } schoolId
            ? supportCase.SchoolId == schoolId
            : (await schools.FindSchoolAsync(supportCase.SchoolId, cancellationToken))?.ClusterId == requester.ClusterId;
        if (!fits)
        {
            throw unknown;
        }

        if (supportCase.IsClosed)
        {
            throw InvalidRequestException.For("supportCaseId", "The support case is closed.");
        }
    }
}
