using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.SupportCases.Application.Access;
using GeenKindDeBuurtUit.SupportCases.Domain.Cases;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

public sealed record OpenSupportCase(Guid SchoolId, string PupilRef, IReadOnlyList<Need> Needs, int Level, DateOnly? OpenedOn)
    : ICommand<SupportCaseDto>;

internal sealed class OpenSupportCaseValidator : AbstractValidator<OpenSupportCase>
{
    public OpenSupportCaseValidator(TimeProvider clock)
    {
        RuleFor(c => c.SchoolId).NotEmpty();
        RuleFor(c => c.PupilRef).IsPupilReference();
        RuleFor(c => c.Needs).NotEmpty().WithMessage("At least one need is required.");
        RuleFor(c => c.Level).InclusiveBetween(SupportLevel.Lowest, SupportLevel.HighestAtOpening)
            .WithMessage("A case opens at level 1, 2 or 3.");
        RuleFor(c => c.OpenedOn).Must(d => d is null || d <= SchoolCalendar.Today(clock)).WithMessage("A date in the future is refused.");
    }
}

internal sealed class OpenSupportCaseHandler(
    ISupportCaseRepository cases,
    ISchoolDirectory schools,
    SupportCaseAccess access,
    ISupportCasesUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<OpenSupportCase, SupportCaseDto>
{
    public async ValueTask<SupportCaseDto> Handle(OpenSupportCase command, CancellationToken cancellationToken)
    {
        var schoolId = command.SchoolId;
        // One connection for the questions and the commit, instead of one taken and given back for each.
        await using var connection = await unitOfWork.KeepConnectionOpenAsync(cancellationToken);
        _ = await schools.FindAsync(schoolId, cancellationToken) ?? throw InvalidRequestException.For("schoolId", "Unknown school.");
        access.EnsureCanActFor(schoolId);

        // Past the scope check, so the caller acts for this school and may see the case it is pointed to.
        // Asked before the commit, though the unique index on open cases would refuse the insert too: a
        // school system repeating an opening is a plain conflict, not a failed statement in the log.
        if (await cases.FindOpenCaseIdAsync(schoolId, command.PupilRef, cancellationToken) is { } existingCaseId)
        {
            throw AlreadyOpen(existingCaseId);
        }

        var supportCase = SupportCase.Open(Guid.NewGuid(), schoolId, command.PupilRef, command.Needs, command.Level, command.OpenedOn ?? SchoolCalendar.Today(clock));
        cases.Add(supportCase);
        unitOfWork.Publish(new SupportCaseOpenedIntegrationEvent(
            supportCase.Id, schoolId, supportCase.Needs.Select(WireName.Of).ToList(), supportCase.Level, supportCase.OpenedOn));
        try
        {
            await unitOfWork.CommitAsync(cancellationToken);
        }
        catch (OpenCaseTakenException)
        {
            // A request for the same pupil committed first: answered as if this one had come after it.
            throw AlreadyOpen(await cases.FindOpenCaseIdAsync(schoolId, command.PupilRef, cancellationToken));
        }

        return supportCase.ToDto();
    }

    private static ConflictException AlreadyOpen(Guid? existingCaseId) => new(
        "This school already has an open case for this pupil reference; existingCaseId names it.",
        new Dictionary<string, object?> { ["existingCaseId"] = existingCaseId });
}
