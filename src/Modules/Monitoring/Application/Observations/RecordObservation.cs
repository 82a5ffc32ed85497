using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.Monitoring.Application.Figures;
using GeenKindDeBuurtUit.Monitoring.Domain;
using GeenKindDeBuurtUit.Monitoring.Domain.Observations;

namespace GeenKindDeBuurtUit.Monitoring.Application.Observations;

/// <summary>Records an observation or story about an area or a cluster (one of the two).</summary>
public sealed record RecordObservation(DateOnly On, Guid? AreaId, Guid? ClusterId, IReadOnlyList<int> Principles, string Text, AuthorRole AuthorRole)
    : ICommand<ObservationDto>;

internal sealed class RecordObservationValidator : AbstractValidator<RecordObservation>
{
    public RecordObservationValidator(TimeProvider clock)
    {
        RuleFor(c => c.On).Must(on => on <= SchoolCalendar.Today(clock)).WithMessage("A date in the future is refused.");
        RuleFor(c => c.AreaId).Must((c, _) => (c.AreaId is null) != (c.ClusterId is null))
            .WithMessage("An observation is about an area (areaId) or a cluster (clusterId): give exactly one.");
        RuleFor(c => c.Principles).NotEmpty().WithMessage("Name at least one guiding principle (1-7).");
        RuleForEach(c => c.Principles).Must(GuidingPrinciples.IsValid).WithMessage("A guiding principle is a number from 1 to 7.");
        RuleFor(c => c.Text).NotEmpty().MaximumLength(Observation.MaxTextLength).IdentifiesNoPupil();
    }
}

internal sealed class RecordObservationHandler(
    IObservationRepository observations, IMonitoringUnitOfWork unitOfWork, ISchoolMapQueries map, UnitTreeCache maps, TimeProvider clock) : ICommandHandler<RecordObservation, ObservationDto>
{
    public async ValueTask<ObservationDto> Handle(RecordObservation command, CancellationToken cancellationToken)
    {
        var tree = await maps.TreeAsync(map, cancellationToken);
        // The validator lets exactly one of the two through.
        var (areaId, clusterId) = command.ClusterId is { } cluster
            ? (Known(tree, cluster, UnitLevel.Cluster, "clusterId").ParentId ?? throw new InvalidOperationException("A cluster lies in an area."), cluster)
            : (Known(tree, command.AreaId.GetValueOrDefault(), UnitLevel.Area, "areaId").Id, (Guid?)null);

        var observation = Observation.Record(
            Guid.NewGuid(), command.On, areaId, clusterId, command.Principles.Distinct(), command.Text.Trim(), command.AuthorRole, clock.GetUtcNow().UtcDateTime);
        observations.Add(observation);
        await unitOfWork.CommitAsync(cancellationToken);
        return observation.ToDto(tree);
    }

    private static Unit Known(UnitTree tree, Guid id, UnitLevel level, string field) =>
        tree.Find(id) is { } unit && unit.Level == level ? unit : throw InvalidRequestException.For(field, $"Unknown {WireName.Of(level)}.");
}
