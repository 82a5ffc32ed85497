using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Application.YearEnd;
using GeenKindDeBuurtUit.Monitoring.Domain.Targets;

namespace GeenKindDeBuurtUit.Monitoring.Application.Targets;

/// <summary>Sets a year's target; <c>IfMatch</c> is the client's expected version of it, if it sent one.</summary>
public sealed record SetTarget(string SchoolYear, decimal ReductionPct, string? IfMatch = null) : ICommand<TargetDto>;

internal sealed class SetTargetValidator : AbstractValidator<SetTarget>
{
    public SetTargetValidator()
    {
        RuleFor(c => c.SchoolYear).IsSchoolYear();
        RuleFor(c => c.ReductionPct).InclusiveBetween(0m, ReferralTarget.MaxReductionPct)
            .WithMessage($"A reduction is 0 to {ReferralTarget.MaxReductionPct} percent.");
        RuleFor(c => c.ReductionPct).PrecisionScale(5, 2, ignoreTrailingZeros: true)
            .WithMessage("A reduction has at most two decimals.");
    }
}

internal sealed class SetTargetHandler(ITargetRepository targets, ISchoolYearFiguresRepository years, IMonitoringUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<SetTarget, TargetDto>
{
    public async ValueTask<TargetDto> Handle(SetTarget command, CancellationToken cancellationToken)
    {
        var year = SchoolYear.Parse(command.SchoolYear);
        var pct = ReferralTarget.Normalise(command.ReductionPct);
        var now = clock.GetUtcNow().UtcDateTime;
        // The target decides targetReferrals and onTarget: part of the figures a closing publishes.
        (await years.FindAsync(year.StartYear, cancellationToken))?.EnsureOpenForChanges();
        var target = await targets.FindAsync(year.StartYear, cancellationToken);
        if (target is null)
        {
            // A year nobody set reads as version 0, default or not; stored it is version 1.
            target = Target.Create(year.StartYear, pct, now);
            ConcurrencyCheck.EnsureMatches(target, command.IfMatch, "Target");
            target.IncrementVersion();
            targets.Add(target);
        }
        else
        {
            ConcurrencyCheck.EnsureMatches(target, command.IfMatch, "Target");
            target.Change(pct, now);
        }

        await unitOfWork.CommitAsync(cancellationToken);
        return TargetBook.DescribeSet(year, target);
    }
}
