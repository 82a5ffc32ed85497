using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.Neighbourhoods.Infrastructure;
using GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

/// <summary>Moves a school to another cluster; <c>IfMatch</c> is the client's expected version of the school, if it sent one.</summary>
public sealed record MoveSchool(Guid SchoolId, string? IfMatch, Guid? ClusterId) : ICommand<SchoolWithVersionDto>;

internal sealed class MoveSchoolValidator : AbstractValidator<MoveSchool>
{
    public MoveSchoolValidator() => RuleFor(c => c.ClusterId).NotEmpty();
}

internal sealed class MoveSchoolHandler(NeighbourhoodsDbContext db) : ICommandHandler<MoveSchool, SchoolWithVersionDto>
{
    public async ValueTask<SchoolWithVersionDto> Handle(MoveSchool command, CancellationToken cancellationToken)
    {
        var school = await db.Schools.SingleOrDefaultAsync(s => s.Id == command.SchoolId, cancellationToken)
            ?? throw new NotFoundException("School", command.SchoolId);
        ConcurrencyCheck.EnsureMatches(school, command.IfMatch, "School");
        var cluster = await db.Clusters.SingleOrDefaultAsync(c => c.Id == command.ClusterId, cancellationToken)
            ?? throw InvalidRequestException.For("clusterId", "Unknown cluster.");
        var (fromCluster, fromArea) = (school.ClusterId, school.AreaId);
        var inCluster = await db.Schools.CountAsync(s => s.ClusterId == cluster.Id, cancellationToken);
        school.MoveTo(cluster, inCluster);
        if (fromCluster != school.ClusterId)
        {
            var area = await db.Areas.SingleAsync(a => a.Id == cluster.AreaId, cancellationToken);
            db.Publish(new SchoolMovedIntegrationEvent(
                school.Id, school.BoardId, fromCluster, school.ClusterId, fromArea, school.AreaId, cluster.Name, area.Name));
        }

        await db.CommitAsync(cancellationToken);
        return school.ToDto();
    }
}
