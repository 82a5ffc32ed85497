using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Domain.Targets;
using GeenKindDeBuurtUit.Monitoring.Infrastructure;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;

namespace GeenKindDeBuurtUit.Monitoring.Application.Targets;

/// <summary>A school year's target; <c>isDefault</c> when it is the programme's default, not one an admin set.</summary>
public sealed record TargetDto(string SchoolYear, decimal ReductionPct, bool IsDefault);

public sealed record ListTargets : IQuery<IReadOnlyList<TargetDto>>;

public sealed record SetTarget(string SchoolYear, decimal? ReductionPct) : ICommand<TargetDto>;

internal sealed class SetTargetValidator : AbstractValidator<SetTarget>
{
    public SetTargetValidator()
    {
        RuleFor(c => c.SchoolYear).Must(y => SchoolYear.TryParse(y, out _)).WithMessage("A school year is written like 2025-2026.");
        RuleFor(c => c.ReductionPct).NotNull().InclusiveBetween(0m, ReferralTarget.MaxReductionPct)
            .WithMessage($"A reduction is 0 to {ReferralTarget.MaxReductionPct} percent.");
        RuleFor(c => c.ReductionPct).PrecisionScale(5, 2, ignoreTrailingZeros: true).When(c => c.ReductionPct is not null)
            .WithMessage("A reduction has at most two decimals.");
    }
}

internal sealed class TargetHandlers(MonitoringDbContext db, TimeProvider clock) :
    IQueryHandler<ListTargets, IReadOnlyList<TargetDto>>,
    ICommandHandler<SetTarget, TargetDto>
{
    public async ValueTask<IReadOnlyList<TargetDto>> Handle(ListTargets query, CancellationToken cancellationToken)
    {
        var set = await TargetBook.SetByAdminAsync(db, cancellationToken);
        return ReferralTarget.YearsWithDefaults.Select(y => y.StartYear).Union(set.Keys).Order()
            .Select(start => SchoolYear.Starting(start))
            .Select(year => new TargetDto(year.ToString(), TargetBook.ReductionPct(set, year)!.Value, !set.ContainsKey(year.StartYear)))
            .ToList();
    }

    public async ValueTask<TargetDto> Handle(SetTarget command, CancellationToken cancellationToken)
    {
        var year = SchoolYear.Parse(command.SchoolYear);
        var pct = ReferralTarget.Normalise(command.ReductionPct!.Value);
        var target = await db.Targets.FindAsync([year.StartYear], cancellationToken);
        if (target is null)
        {
            db.Targets.Add(Target.Create(year.StartYear, pct, clock.GetUtcNow().UtcDateTime));
        }
        else
        {
            target.Change(pct, clock.GetUtcNow().UtcDateTime);
        }

        await db.CommitAsync(cancellationToken);
        return new TargetDto(year.ToString(), pct, IsDefault: false);
    }
}
