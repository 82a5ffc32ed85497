using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.Neighbourhoods.Domain;
using GeenKindDeBuurtUit.Neighbourhoods.IntegrationEvents;

namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

public sealed record RegisterSchool(string Name, string? Brin, Guid BoardId, Guid ClusterId) : ICommand<SchoolWithVersionDto>;

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

internal sealed class RegisterSchoolHandler(
    IAreaRepository areas, IBoardRepository boards, IClusterRepository clusters, ISchoolRepository schools, INeighbourhoodsUnitOfWork unitOfWork)
    : ICommandHandler<RegisterSchool, SchoolWithVersionDto>
{
    public async ValueTask<SchoolWithVersionDto> Handle(RegisterSchool command, CancellationToken cancellationToken)
    {
        var board = await boards.FindAsync(command.BoardId, cancellationToken)
            ?? throw InvalidRequestException.For("boardId", "Unknown board.");

        var cluster = await clusters.FindAsync(command.ClusterId, cancellationToken)
            ?? throw InvalidRequestException.For("clusterId", "Unknown cluster.");
        if (command.Brin is not null && await schools.BrinTakenAsync(command.Brin, cancellationToken))
        {
            throw BrinTaken(command.Brin);
        }

        var inCluster = await schools.CountInClusterAsync(cluster.Id, cancellationToken);
        var area = await areas.GetAsync(cluster.AreaId, cancellationToken);
        var school = School.Register(Guid.NewGuid(), command.Name.Trim(), command.Brin, command.BoardId, cluster, inCluster);
        schools.Add(school);
        unitOfWork.Publish(new SchoolRegisteredIntegrationEvent(
            school.Id, school.Name, school.Brin, school.BoardId, school.ClusterId, school.AreaId, cluster.Name, area.Name, board.Name));
        if (PlaceholderPoints.For(area.Name, await schools.CountInAreaAsync(area.Id, cancellationToken)) is { } placeholder
            && school.PlaceholderAt(placeholder))
        {
            unitOfWork.Publish(school.Located());
        }
        try
        {
            await unitOfWork.CommitAsync(cancellationToken);
        }
        catch (BrinTakenException) when (command.Brin is not null)
        {
            // Two registrations of one BRIN at once: the unique index lets one win; the other is a duplicate.
            throw BrinTaken(command.Brin);
        }

        return school.ToDto();
    }

    private static ConflictException BrinTaken(string brin) => new($"A school with BRIN {brin} is already registered.");
}
