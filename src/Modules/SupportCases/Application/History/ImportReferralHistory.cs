using FluentValidation;
using FluentValidation.Results;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.SupportCases.Domain.History;
using GeenKindDeBuurtUit.SupportCases.Domain.Rules;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.Application.History;

/// <summary>
/// Replaces a school year's referral history with the SWV's counts per school, all or nothing;
/// a dry run checks everything and stores and publishes nothing (docs/adr/0049).
/// </summary>
public sealed record ImportReferralHistory(string SchoolYear, string? IfMatch, string Source, IReadOnlyList<ReferralHistoryLine> Rows, bool DryRun)
    : ICommand<HistoryImportResult<ReferralHistoryImportDto>>;

/// <summary>One school's counts as sent: the school by id or (from a file) by BRIN.</summary>
/// <param name="Line">The line of the file it came from; null for JSON.</param>
public sealed record ReferralHistoryLine(int? Line, Guid? SchoolId, string? Brin, int Sbo, int SoLow, int SoMedium, int SoHigh);

internal sealed class ImportReferralHistoryValidator : AbstractValidator<ImportReferralHistory>
{
    public ImportReferralHistoryValidator(IHistoryDirectory directory)
    {
        HistoryValidation.SchoolYearSourceAndRows(this, c => c.SchoolYear, c => c.Source, c => c.Rows);
        RuleForEach(c => c.Rows).ChildRules(row =>
        {
            row.RuleFor(r => r.Sbo).IsHistoryCount();
            row.RuleFor(r => r.SoLow).IsHistoryCount();
            row.RuleFor(r => r.SoMedium).IsHistoryCount();
            row.RuleFor(r => r.SoHigh).IsHistoryCount();
        });

        // Schools are looked up here, not in the handler: an unknown school is told with every other problem of the import.
        RuleFor(c => c.Rows).CustomAsync(async (rows, context, cancellationToken) =>
        {
            var schools = await ReferralHistorySchools.ResolveAsync(directory, rows, cancellationToken);
            var first = new Dictionary<Guid, int>();
            for (var i = 0; i < rows.Count; i++)
            {
                var field = rows[i].SchoolId is null ? "Brin" : "SchoolId";
                if (schools[i] is not { } school)
                {
                    context.AddFailure(new ValidationFailure($"Rows[{i}].{field}", rows[i].SchoolId is null ? "No school with this BRIN is known." : "No school with this id is known."));
                }
                else if (!first.TryAdd(school, i))
                {
                    context.AddFailure(new ValidationFailure($"Rows[{i}].{field}", $"The same school as {HistoryValidation.Place(rows[first[school]].Line, first[school])}; a year holds one row per school."));
                }
            }
        });
    }
}

internal sealed class ImportReferralHistoryHandler(HistoryImports imports, IHistoryRepository<ReferralHistory> histories, IHistoryDirectory directory)
    : ICommandHandler<ImportReferralHistory, HistoryImportResult<ReferralHistoryImportDto>>
{
    public async ValueTask<HistoryImportResult<ReferralHistoryImportDto>> Handle(ImportReferralHistory command, CancellationToken cancellationToken)
    {
        var year = SchoolYear.Parse(command.SchoolYear);
        var schools = await ReferralHistorySchools.ResolveAsync(directory, command.Rows, cancellationToken);
        var rows = command.Rows.Select((r, i) => new ReferralHistoryRow(
            schools[i] ?? throw new InvalidOperationException("The validator let a line through whose school is unknown."), r.Sbo, r.SoLow, r.SoMedium, r.SoHigh)).ToList();
        var closedFor = await directory.ClosedYearsAsync(cancellationToken);
        var recorded = await directory.SchoolsWithReferralsAsync(year, rows.Select(r => r.SchoolId), cancellationToken);
        var source = command.Source.Trim();
        try
        {
            var outcome = await imports.ImportAsync<ReferralHistory, ReferralHistoryRow>(
                histories,
                new HistoryImportRequest(command.SchoolYear, command.IfMatch, command.DryRun, $"Referral history of {year}"),
                ReferralHistory.Of,
                (history, today, now) => history.Import(source, rows, today, now, closedFor, recorded),
                Events,
                cancellationToken);
            return new HistoryImportResult<ReferralHistoryImportDto>(ReferralHistoryMapping.ToImportDto(outcome), outcome.Version, outcome.Revision);
        }
        catch (BusinessRuleViolationException refused) when (refused.Rule is RecordedReferralsRule rule)
        {
            // Not a rule of the year alone but a clash with what the platform holds: 409, naming the schools to leave out.
            throw new ConflictException(rule.Message, new Dictionary<string, object?> { ["code"] = rule.Code, ["schoolIds"] = rule.SchoolIds });
        }
    }

    private static IEnumerable<IntegrationEvent> Events(ReferralHistory history, HistoryReplacement replacement) =>
        history.Rows.Select(r => new ReferralHistoryImportedIntegrationEvent(
                history.SchoolYear.ToString(), r.SchoolId, replacement.Revision, history.Source, r.Sbo, r.SoLow, r.SoMedium, r.SoHigh, Removed: false))
            .Concat<IntegrationEvent>(replacement.Removed.Select(schoolId => new ReferralHistoryImportedIntegrationEvent(
                history.SchoolYear.ToString(), schoolId, replacement.Revision, history.Source, 0, 0, 0, 0, Removed: true)));
}

/// <summary>Each line's school: its id when known, or the school of its BRIN; null when neither is known.</summary>
internal static class ReferralHistorySchools
{
    public static async Task<IReadOnlyList<Guid?>> ResolveAsync(IHistoryDirectory directory, IReadOnlyList<ReferralHistoryLine> rows, CancellationToken cancellationToken)
    {
        var known = await directory.KnownSchoolsAsync(rows.Where(r => r.SchoolId is not null).Select(r => r.SchoolId!.Value), cancellationToken);
        var byBrin = await directory.SchoolsByBrinAsync(rows.Where(r => r.SchoolId is null && r.Brin is not null).Select(r => r.Brin!.Trim()), cancellationToken);
        return rows.Select(r => r.SchoolId is { } id
                ? known.Contains(id) ? id : (Guid?)null
                : r.Brin is { } brin && byBrin.TryGetValue(brin.Trim(), out var school) ? school : null)
            .ToList();
    }
}
