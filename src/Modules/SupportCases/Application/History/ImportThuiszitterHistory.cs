using FluentValidation;
using FluentValidation.Results;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Messaging;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;
using GeenKindDeBuurtUit.SupportCases.Domain.History;
using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.SupportCases.Application.History;

/// <summary>Replaces a school year's thuiszitter history with the SWV's counts per area, as <see cref="ImportReferralHistory"/> does per school.</summary>
public sealed record ImportThuiszitterHistory(string SchoolYear, string? IfMatch, string Source, IReadOnlyList<ThuiszitterHistoryLine> Rows, bool DryRun)
    : ICommand<HistoryImportResult<ThuiszitterHistoryImportDto>>;

/// <param name="Line">The line of the file it came from; null for JSON.</param>
public sealed record ThuiszitterHistoryLine(int? Line, Guid AreaId, int Count);

internal sealed class ImportThuiszitterHistoryValidator : AbstractValidator<ImportThuiszitterHistory>
{
    public ImportThuiszitterHistoryValidator(IHistoryDirectory directory)
    {
        HistoryValidation.SchoolYearSourceAndRows(this, c => c.SchoolYear, c => c.Source, c => c.Rows);
        RuleForEach(c => c.Rows).ChildRules(row => row.RuleFor(r => r.Count).IsHistoryCount());
        RuleFor(c => c.Rows).CustomAsync(async (rows, context, cancellationToken) =>
        {
            var known = await directory.KnownAreasAsync(rows.Select(r => r.AreaId), cancellationToken);
            var first = new Dictionary<Guid, int>();
            for (var i = 0; i < rows.Count; i++)
            {
                if (!known.Contains(rows[i].AreaId))
                {
                    context.AddFailure(new ValidationFailure($"Rows[{i}].AreaId", "No area with this id is known (an area of a registered school)."));
                }
                else if (!first.TryAdd(rows[i].AreaId, i))
                {
                    context.AddFailure(new ValidationFailure($"Rows[{i}].AreaId", $"The same area as {HistoryValidation.Place(rows[first[rows[i].AreaId]].Line, first[rows[i].AreaId])}; a year holds one row per area."));
                }
            }
        });
    }
}

internal sealed class ImportThuiszitterHistoryHandler(HistoryImports imports, IHistoryRepository<ThuiszitterHistory> histories, IHistoryDirectory directory)
    : ICommandHandler<ImportThuiszitterHistory, HistoryImportResult<ThuiszitterHistoryImportDto>>
{
    public async ValueTask<HistoryImportResult<ThuiszitterHistoryImportDto>> Handle(ImportThuiszitterHistory command, CancellationToken cancellationToken)
    {
        var year = SchoolYear.Parse(command.SchoolYear);
        var rows = command.Rows.Select(r => new ThuiszitterHistoryRow(r.AreaId, r.Count)).ToList();
        var closedFor = await directory.ClosedYearsAsync(cancellationToken);
        var source = command.Source.Trim();
        var outcome = await imports.ImportAsync<ThuiszitterHistory, ThuiszitterHistoryRow>(
            histories,
            new HistoryImportRequest(command.SchoolYear, command.IfMatch, command.DryRun, $"Thuiszitter history of {year}"),
            ThuiszitterHistory.Of,
            (history, today, now) => history.Import(source, rows, today, now, closedFor),
            Events,
            cancellationToken);
        return new HistoryImportResult<ThuiszitterHistoryImportDto>(ThuiszitterHistoryMapping.ToImportDto(outcome), outcome.Version, outcome.Revision);
    }

    private static IEnumerable<IntegrationEvent> Events(ThuiszitterHistory history, HistoryReplacement replacement) =>
        history.Rows.Select(r => new ThuiszitterHistoryImportedIntegrationEvent(history.SchoolYear.ToString(), r.AreaId, replacement.Revision, history.Source, r.Count, Removed: false))
            .Concat<IntegrationEvent>(replacement.Removed.Select(areaId => new ThuiszitterHistoryImportedIntegrationEvent(
                history.SchoolYear.ToString(), areaId, replacement.Revision, history.Source, 0, Removed: true)));
}
