using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.Neighbourhoods.Domain;
using GeenKindDeBuurtUit.Neighbourhoods.Infrastructure;
using GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

public sealed record RegisterSchool(string? Name, string? Brin, Guid? BoardId, Guid? ClusterId) : ICommand<SchoolWithVersionDto>;

internal sealed class RegisterSchoolValidator : AbstractValidator<RegisterSchool>
{
    public RegisterSchoolValidator()
    {
        RuleFor(c => c.Name).IsName();
        RuleFor(c => c.Brin).Matches(@"\A[0-9]{2}[A-Z0-9]{2}\z").When(c => c.Brin is not null)
            .WithMessage("A BRIN code is two digits and two capital letters or digits, for example 12AB.");
        RuleFor(c => c.BoardId).NotEmpty();
        RuleFor(c => c.ClusterId).NotEmpty();
    }
}

internal sealed class RegisterSchoolHandler(NeighbourhoodsDbContext db) : ICommandHandler<RegisterSchool, SchoolWithVersionDto>
{
    public async ValueTask<SchoolWithVersionDto> Handle(RegisterSchool command, CancellationToken cancellationToken)
    {
        var board = await db.Boards.SingleOrDefaultAsync(b => b.Id == command.BoardId, cancellationToken)
            ?? throw InvalidRequestException.For("boardId", "Unknown board.");

        var cluster = await db.Clusters.SingleOrDefaultAsync(c => c.Id == command.ClusterId, cancellationToken)
            ?? throw InvalidRequestException.For("clusterId", "Unknown cluster.");
        if (command.Brin is not null && await db.Schools.AnyAsync(s => s.Brin == command.Brin, cancellationToken))
        {
            throw new ConflictException($"A school with BRIN {command.Brin} is already registered.");
        }

        var inCluster = await db.Schools.CountAsync(s => s.ClusterId == cluster.Id, cancellationToken);
        var area = await db.Areas.SingleAsync(a => a.Id == cluster.AreaId, cancellationToken);
        var school = School.Register(Guid.NewGuid(), command.Name!.Trim(), command.Brin, command.BoardId!.Value, cluster, inCluster);
        db.Schools.Add(school);
        db.Publish(new SchoolRegisteredIntegrationEvent(
            school.Id, school.Name, school.Brin, school.BoardId, school.ClusterId, school.AreaId, cluster.Name, area.Name, board.Name));
        try
        {
            await db.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException) when (command.Brin is not null)
        {
            // Two registrations of one BRIN at once: the unique index lets one win; the other is a duplicate.
            db.ChangeTracker.Clear();
            if (await db.Schools.AnyAsync(s => s.Brin == command.Brin, cancellationToken))
            {
                throw new ConflictException($"A school with BRIN {command.Brin} is already registered.");
            }

            throw;
        }

        return school.ToDto();
    }
}
