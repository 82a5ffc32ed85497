using System.ComponentModel.DataAnnotations;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.Monitoring.Domain.YearEnd;

namespace GeenKindDeBuurtUit.Monitoring.Application.YearEnd;

/// <summary>
/// Where a school year's figures stand, and every closing and reopening of them, oldest first.
/// <c>revision</c> counts those steps (0 for a year nobody closed) and is what the ETag carries.
/// </summary>
public sealed record FiguresClosureDto(
    string SchoolYear,
    [property: WireValues(typeof(FiguresStatus))] string Status,
    DateTimeOffset? ClosedAt,
    string? ClosedBy,
    [property: Range(0, int.MaxValue)] int Revision,
    IReadOnlyList<FiguresStepDto> History);

/// <summary>One closing (with its note, if any) or reopening (with its reason).</summary>
public sealed record FiguresStepDto(
    [property: Range(1, int.MaxValue)] int Revision,
    [property: WireValues(typeof(FiguresAction))] string Action,
    DateTimeOffset At,
    string By,
    string? Note,
    string? Reason);

internal static class FiguresClosureMapping
{
    public static FiguresClosureDto ToDto(this SchoolYearFigures figures) => new(
        figures.SchoolYear.ToString(),
        WireName.Of(figures.Status),
        figures.ClosedAt is { } at ? Utc(at) : null,
        figures.ClosedBy,
        figures.Revision,
        figures.History.OrderBy(s => s.Revision).Select(ToDto).ToList());

    private static FiguresStepDto ToDto(FiguresStep step) => new(
        step.Revision,
        WireName.Of(step.Action),
        Utc(step.At),
        step.By,
        step.Action == FiguresAction.Closed ? step.Text : null,
        step.Action == FiguresAction.Reopened ? step.Text : null);

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}
