using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Monitoring.Domain.Targets;
using GeenKindDeBuurtUit.Monitoring.Infrastructure;
using GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;
using Microsoft.EntityFrameworkCore;

namespace GeenKindDeBuurtUit.Monitoring.Application.Targets;

/// <summary>
/// A school year's target; <c>isDefault</c> when it is the programme's default, not one an admin
/// set. <c>version</c> is what the ETag carries: 0 until an admin sets the year.
/// </summary>
public sealed record TargetDto(string SchoolYear, decimal ReductionPct, bool IsDefault, string Version);

public sealed record ListTargets : IQuery<IReadOnlyList<TargetDto>>;

public sealed record GetTarget(string SchoolYear) : IQuery<TargetDto>;

/// <summary>Sets a year's target; <c>IfMatch</c> is the client's expected version of it, if it sent one.</summary>
public sealed record SetTarget(string SchoolYear, decimal? ReductionPct, string? IfMatch = null) : ICommand<TargetDto>;

internal sealed class GetTargetValidator : AbstractValidator<GetTarget>
{
    public GetTargetValidator() => RuleFor(c => c.SchoolYear).IsSchoolYear();
}

internal sealed class SetTargetValidator : AbstractValidator<SetTarget>
{
    public SetTargetValidator()
    {
        RuleFor(c => c.SchoolYear).IsSchoolYear();
        RuleFor(c => c.ReductionPct).NotNull().InclusiveBetween(0m, ReferralTarget.MaxReductionPct)
            .WithMessage($"A reduction is 0 to {ReferralTarget.MaxReductionPct} percent.");
        RuleFor(c => c.ReductionPct).PrecisionScale(5, 2, ignoreTrailingZeros: true).When(c => c.ReductionPct is not null)
            .WithMessage("A reduction has at most two decimals.");
    }
}

internal static class TargetRules
{
    public static IRuleBuilderOptions<T, string> IsSchoolYear<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(y => SchoolYear.TryParse(y, out _)).WithMessage("A school year is written like 2025-2026.");
}

internal sealed class TargetHandlers(MonitoringDbContext db, TimeProvider clock) :
    IQueryHandler<ListTargets, IReadOnlyList<TargetDto>>,
    IQueryHandler<GetTarget, TargetDto>,
    ICommandHandler<SetTarget, TargetDto>
{
    /// <summary>The version of a year nobody set (see <see cref="Target.Create"/>).</summary>
    private const string Unset = "0";

    public async ValueTask<IReadOnlyList<TargetDto>> Handle(ListTargets query, CancellationToken cancellationToken)
    {
        var stored = await db.Targets.AsNoTracking().ToDictionaryAsync(t => t.SchoolYearStart, cancellationToken);
        return ReferralTarget.YearsWithDefaults.Select(y => y.StartYear).Union(stored.Keys).Order()
            .Select(start => Describe(SchoolYear.Starting(start), stored.GetValueOrDefault(start))!)
            .ToList();
    }

    public async ValueTask<TargetDto> Handle(GetTarget query, CancellationToken cancellationToken)
    {
        var year = SchoolYear.Parse(query.SchoolYear);
        var stored = await db.Targets.AsNoTracking().SingleOrDefaultAsync(t => t.SchoolYearStart == year.StartYear, cancellationToken);
        return Describe(year, stored) ?? throw new NotFoundException("Target", year);
    }

    public async ValueTask<TargetDto> Handle(SetTarget command, CancellationToken cancellationToken)
    {
        var year = SchoolYear.Parse(command.SchoolYear);
        var pct = ReferralTarget.Normalise(command.ReductionPct!.Value);
        var now = clock.GetUtcNow().UtcDateTime;
        var target = await db.Targets.FindAsync([year.StartYear], cancellationToken);
        if (target is null)
        {
            // A year nobody set reads as version 0, default or not; stored it is version 1.
            target = Target.Create(year.StartYear, pct, now);
            ConcurrencyCheck.EnsureMatches(target, command.IfMatch, "Target");
            target.IncrementVersion();
            db.Targets.Add(target);
        }
        else
        {
            ConcurrencyCheck.EnsureMatches(target, command.IfMatch, "Target");
            target.Change(pct, now);
        }

        try
        {
            await db.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Two admins set a year nobody had set, at once: the same race as a stale version, answered the same way (412).
            throw new DbUpdateConcurrencyException("Someone else set this school year's target at the same time.", exception);
        }

        return Describe(year, target)!;
    }

    /// <summary>The target a year has: the one an admin set, else the programme's default (version 0), else none.</summary>
    private static TargetDto? Describe(SchoolYear year, Target? stored) =>
        stored is not null
            ? new TargetDto(year.ToString(), ReferralTarget.Normalise(stored.ReductionPct), IsDefault: false, ConcurrencyCheck.VersionOf(stored))
            : ReferralTarget.DefaultFor(year) is { } pct
                ? new TargetDto(year.ToString(), pct, IsDefault: true, Unset)
                : null;
}
