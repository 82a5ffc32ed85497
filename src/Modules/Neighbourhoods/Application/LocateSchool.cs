using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.Platform.Geography;

namespace GeenKindDeBuurtUit.Neighbourhoods.Application;

/// <summary>Sets a school's real point (WGS84 degrees); <c>IfMatch</c> is the client's expected version of the school, if it sent one.</summary>
public sealed record LocateSchool(Guid SchoolId, string? IfMatch, double Lat, double Lon) : ICommand<SchoolWithVersionDto>;

internal sealed class LocateSchoolValidator : AbstractValidator<LocateSchool>
{
    public LocateSchoolValidator()
    {
        RuleFor(c => c.Lat).Must(Netherlands.ContainsLatitude).WithMessage(Netherlands.OutsideMessage);
        RuleFor(c => c.Lon).Must(Netherlands.ContainsLongitude).WithMessage(Netherlands.OutsideMessage);
    }
}

internal sealed class LocateSchoolHandler(ISchoolRepository schools, INeighbourhoodsUnitOfWork unitOfWork) : ICommandHandler<LocateSchool, SchoolWithVersionDto>
{
    public async ValueTask<SchoolWithVersionDto> Handle(LocateSchool command, CancellationToken cancellationToken)
    {
        var school = await schools.FindAsync(command.SchoolId, cancellationToken)
            ?? throw new NotFoundException("School", command.SchoolId);
        ConcurrencyCheck.EnsureMatches(school, command.IfMatch, "School");
        school.Locate(new GeoPoint(command.Lat, command.Lon));
        unitOfWork.Publish(school.Located());
        await unitOfWork.CommitAsync(cancellationToken);
        return school.ToDto();
    }
}
