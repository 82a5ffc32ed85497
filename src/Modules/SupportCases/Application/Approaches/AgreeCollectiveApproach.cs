using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.SupportCases.Application.Access;
using GeenKindDeBuurtUit.SupportCases.Application.Cases;
using GeenKindDeBuurtUit.SupportCases.Domain.Approaches;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.Application.Approaches;

/// <summary>A school, cluster or area agrees an approach for a group of children with similar needs.</summary>
public sealed record AgreeCollectiveApproach(
    string Name,
    IReadOnlyList<Need> Needs,
    ApproachLevel Level,
    Guid TargetId,
    IReadOnlyList<Guid> SchoolIds,
    DateOnly StartsOn,
    DateOnly? EndsOn,
    int ExpectedChildren) : ICommand<CollectiveApproachDto>;

internal sealed class AgreeCollectiveApproachValidator : AbstractValidator<AgreeCollectiveApproach>
{
    public AgreeCollectiveApproachValidator()
    {
        RuleFor(c => c.Name).IsName();
        RuleFor(c => c.Needs).NotEmpty().WithMessage("At least one need is required.");
        RuleFor(c => c.TargetId).NotEmpty();
        RuleFor(c => c.SchoolIds).NotEmpty().WithMessage("Name the schools involved.");
        RuleForEach(c => c.SchoolIds).NotEmpty();
        RuleFor(c => c.EndsOn).GreaterThanOrEqualTo(c => c.StartsOn).When(c => c.EndsOn is not null)
            .WithMessage("An approach ends on or after the day it starts.");
        RuleFor(c => c.ExpectedChildren).InclusiveBetween(1, 10_000);
    }
}

internal sealed class AgreeCollectiveApproachHandler(
    ICollectiveApproachRepository approaches,
    ISchoolDirectory schools,
    SupportCaseAccess access,
    ISupportCasesUnitOfWork unitOfWork) : ICommandHandler<AgreeCollectiveApproach, CollectiveApproachDto>
{
    public async ValueTask<CollectiveApproachDto> Handle(AgreeCollectiveApproach command, CancellationToken cancellationToken)
    {
        var level = command.Level;
        var involved = new List<KnownSchool>();
        for (var i = 0; i < command.SchoolIds.Count; i++)
        {
            var school = await schools.FindAsync(command.SchoolIds[i], cancellationToken)
                ?? throw InvalidRequestException.For($"schoolIds[{i}]", "Unknown school.");
            access.EnsureCanActFor(school.SchoolId);
            involved.Add(school);
        }

        await EnsureTargetFitsAsync(level, command.TargetId, involved, cancellationToken);
        var approach = CollectiveApproach.Agree(
            Guid.NewGuid(), command.Name.Trim(), command.Needs, level, command.TargetId,
            involved.Select(s => s.SchoolId).ToList(), command.StartsOn, command.EndsOn, command.ExpectedChildren);
        approaches.Add(approach);
        unitOfWork.Publish(new CollectiveApproachAgreedIntegrationEvent(
            approach.Id, approach.Name, approach.Needs.Select(WireName.Of).ToList(), WireName.Of(level), approach.TargetId,
            approach.SchoolIds, approach.StartsOn, approach.EndsOn, approach.ExpectedChildren));
        await unitOfWork.CommitAsync(cancellationToken);
        return approach.ToDto();
    }

    // The schools involved lie inside what agreed the approach: the school itself, its cluster or its area.
    private async Task EnsureTargetFitsAsync(ApproachLevel level, Guid targetId, IReadOnlyList<KnownSchool> involved, CancellationToken cancellationToken)
    {
        var (known, fits) = level switch
        {
            ApproachLevel.School => (await schools.FindAsync(targetId, cancellationToken) is not null, involved.All(s => s.SchoolId == targetId)),
            ApproachLevel.Cluster => (await schools.ClusterExistsAsync(targetId, cancellationToken), involved.All(s => s.ClusterId == targetId)),
            _ => (await schools.AreaExistsAsync(targetId, cancellationToken), involved.All(s => s.AreaId == targetId)),
        };
        if (!known)
        {
            throw InvalidRequestException.For("targetId", $"Unknown {WireName.Of(level)}.");
        }

        if (!fits)
        {
            throw InvalidRequestException.For("schoolIds", $"Every school involved must belong to the {WireName.Of(level)} that agrees the approach.");
        }
    }
}
