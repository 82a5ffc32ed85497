using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;

namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

/// <summary>Moves a school to another cluster; <c>IfMatch</c> is the client's expected version of the school, if it sent one.</summary>
public sealed record MoveSchool(Guid SchoolId, string? IfMatch, Guid ClusterId) : ICommand<SchoolWithVersionDto>;

internal sealed class MoveSchoolValidator : AbstractValidator<MoveSchool>
{
    public MoveSchoolValidator() => RuleFor(c => c.ClusterId).NotEmpty();
}

internal sealed class MoveSchoolHandler(IAreaRepository areas, IClusterRepository clusters, ISchoolRepository schools, INeighbourhoodsUnitOfWork unitOfWork)
    : ICommandHandler<MoveSchool, SchoolWithVersionDto>
{
    public async ValueTask<SchoolWithVersionDto> Handle(MoveSchool command, CancellationToken cancellationToken)
    {
        var school = await schools.FindAsync(command.SchoolId, cancellationToken)
            ?? throw new NotFoundException("School", command.SchoolId);
        ConcurrencyCheck.EnsureMatches(school, command.IfMatch, "School");
        var cluster = await clusters.FindAsync(command.ClusterId, cancellationToken)
            ?? throw InvalidRequestException.For("clusterId", "Unknown cluster.");
        var (fromCluster, fromArea) = (school.ClusterId, school.AreaId);
        var inCluster = await schools.CountInClusterAsync(cluster.Id, cancellationToken);
        school.MoveTo(cluster, inCluster);
        if (fromCluster != school.ClusterId)
        {
            var area = await areas.GetAsync(cluster.AreaId, cancellationToken);
            unitOfWork.Publish(new SchoolMovedIntegrationEvent(
                school.Id, school.BoardId, fromCluster, school.ClusterId, fromArea, school.AreaId, cluster.Name, area.Name));
        }

        await unitOfWork.CommitAsync(cancellationToken);
        return school.ToDto();
    }
}
