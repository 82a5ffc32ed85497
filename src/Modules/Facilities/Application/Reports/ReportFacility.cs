using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.Facilities.Application.Access;
using GeenKindDeBuurtUit.Facilities.Application.Facilities;
using GeenKindDeBuurtUit.Facilities.Domain.Reports;

namespace GeenKindDeBuurtUit.Facilities.Application.Reports;

/// <summary>Anyone signed in reports a problem with a facility on the map; three schools reporting it closed dispute it.</summary>
public sealed record ReportFacility(Guid FacilityId, string? IfMatch, ReportKind Kind, string Note) : ICommand<FacilityReportDto>;

internal sealed class ReportFacilityValidator : AbstractValidator<ReportFacility>
{
    public const int MaxNote = 1000;

    public ReportFacilityValidator() => RuleFor(c => c.Note).NotEmpty().MaximumLength(MaxNote).IdentifiesNoPupil();
}

internal sealed class ReportFacilityHandler(IFacilityRepository facilities, FacilityAccess access, IFacilitiesUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<ReportFacility, FacilityReportDto>
{
    public async ValueTask<FacilityReportDto> Handle(ReportFacility command, CancellationToken cancellationToken)
    {
        var facility = access.EnsureCanSee(await facilities.FindAsync(command.FacilityId, cancellationToken), command.FacilityId);
        ConcurrencyCheck.EnsureMatches(facility, command.IfMatch, "Facility");
        var report = facility.Report(Guid.NewGuid(), command.Kind, command.Note.Trim(), access.Reporter(), clock.GetUtcNow());
        await unitOfWork.CommitAsync(cancellationToken);
        return new FacilityReportDto(
            report.Id, facility.Id, report.Kind, report.Note, new DateTimeOffset(DateTime.SpecifyKind(report.ReportedAt, DateTimeKind.Utc)), report.IsOpen, facility.Status);
    }
}
