using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.Neighbourhoods.Domain;

namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

/// <summary>
/// Registers an empty cluster (bondje) in an area; schools join it by registration or a move.
/// No event: a cluster matters to other modules only once a school is placed in it.
/// </summary>
public sealed record RegisterCluster(string Name, Guid AreaId) : ICommand<ClusterDto>;

internal sealed class RegisterClusterValidator : AbstractValidator<RegisterCluster>
{
    public RegisterClusterValidator()
    {
        RuleFor(c => c.Name).IsName();
        RuleFor(c => c.AreaId).NotEmpty();
    }
}

internal sealed class RegisterClusterHandler(IAreaRepository areas, IClusterRepository clusters, INeighbourhoodsUnitOfWork unitOfWork) : ICommandHandler<RegisterCluster, ClusterDto>
{
    public async ValueTask<ClusterDto> Handle(RegisterCluster command, CancellationToken cancellationToken)
    {
        if (!await areas.ExistsAsync(command.AreaId, cancellationToken))
        {
            throw InvalidRequestException.For("areaId", "Unknown area.");
        }

        // Two clusters of one name in one area could not be told apart in monitoring.
        var name = command.Name.Trim();
        if (await clusters.NameTakenAsync(command.AreaId, name, cancellationToken))
        {
            throw new ConflictException($"The area already has a cluster named '{name}'.");
        }

        var cluster = new Cluster(Guid.NewGuid(), name, command.AreaId);
        clusters.Add(cluster);
        await unitOfWork.CommitAsync(cancellationToken);
        return new ClusterDto(cluster.Id, cluster.Name, cluster.AreaId, []);
    }
}
