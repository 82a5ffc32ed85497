using GeenKindDeBuurtUit.Host.Pages.Shared;
using GeenKindDeBuurtUit.Monitoring.Application.Pool;
using GeenKindDeBuurtUit.Monitoring.Application.Referrals;
using GeenKindDeBuurtUit.Monitoring.Application.Support;
using GeenKindDeBuurtUit.Monitoring.Application.Thuiszitters;
using GeenKindDeBuurtUit.Monitoring.Application.Trend;
using GeenKindDeBuurtUit.Platform.Spreadsheets;

namespace GeenKindDeBuurtUit.Host.Pages.App;

/// <summary>
/// The monitoring answers as the tables the dashboard shows, draws and offers for download. Every figure is the
/// handler's; a table only picks rows, orders columns and words them. A chart draws the value columns that follow the
/// row names up to the first text column, so the columns it draws come first.
/// </summary>
/// <param name="suppressed">What a count hidden from the reader shows instead ("&lt; 5").</param>
public sealed class MonitoringTables(IMonitoringTexts texts, string suppressed)
{
    public const string ReferralsId = "verwijzingen", TrendId = "verloop", GuardrailId = "thuiszitters",
        PyramidId = "piramide", SupportId = "ondersteuning", WaitingId = "wachttijden", RequestsId = "aanvragen";

    /// <param name="shown">The rows of the chosen area at the chosen level; every row when null.</param>
    public PageTable Referrals(ReferralFigures figures, IReadOnlySet<Guid>? shown, string levelName)
    {
        var rows = figures.Rows.Where(r => shown is null || shown.Contains(r.Id)).Select(r => Row(
            Text(r.Name),
            Count(r.Referrals, r.Suppressed),
            r.Suppressed ? Text(texts.Hidden) : Count(r.TargetReferrals),
            r.Suppressed ? Text(texts.Hidden) : Text(r.OnTarget switch { true => texts.Yes, false => texts.No, null => texts.NoTarget }),
            Count(r.PreviousYearReferrals, r.Suppressed),
            r.Suppressed ? Text(texts.Hidden) : Percent(r.ChangePct),
            Text(texts.SourceName(r.Source)))).ToList();
        return new PageTable(ReferralsId, texts.ReferralsCaption(figures.SchoolYear, levelName), new SheetTable(texts.Referrals, [
            Column(texts.Name, CellKind.Text, 30), Column(texts.Referrals), Column(texts.Target), Column(texts.OnTarget, CellKind.Text),
            Column(texts.PreviousYearReferrals), Column(texts.Change, CellKind.Percent), Column(texts.Source, CellKind.Text),
        ], rows), "bars-target");
    }

    /// <summary>The area's years: what a reader compares over time; the referrals per kind stay in the API's trend.</summary>
    public PageTable Trend(AreaTrend trend)
    {
        var rows = trend.Years.Select(y => Row(
            Text(y.SchoolYear), Count(y.Referrals), Count(y.TargetReferrals), Count(y.Thuiszitters), Count(y.ImportedThuiszitters),
            Text(y.OnTarget switch { true => texts.Yes, false => texts.No, null => texts.NoTarget }), Text(texts.SourceName(y.Source)),
            Percent(y.ChangePct), Count(y.Escalations), Count(y.OtStayDecisions))).ToList();
        return new PageTable(TrendId, texts.TrendCaption(trend.Name), new SheetTable(texts.Trend, [
            Column(texts.SchoolYear, CellKind.Text), Column(texts.Referrals), Column(texts.Target), Column(texts.Thuiszitters), Column(texts.ImportedThuiszitters),
            Column(texts.OnTarget, CellKind.Text), Column(texts.Source, CellKind.Text), Column(texts.Change, CellKind.Percent),
            Column(texts.Escalations), Column(texts.OtStayDecisions),
        ], rows), "trend");
    }

    /// <summary>Every area, so an area's signal can be read against the others; the signal is the handler's.</summary>
    public PageTable Guardrail(ThuiszitterFigures figures)
    {
        var rows = figures.Rows.Select(r => Row(
            Text(r.Name), Count(r.Referrals), Count(r.Thuiszitters), Count(r.ImportedThuiszitters),
            Text(r.FewerReferralsMoreThuiszitters ? texts.SignalRaised : texts.SignalQuiet),
            Count(r.PreviousYearReferrals), Count(r.PreviousYearThuiszitters), Count(r.PreviousYearImportedThuiszitters),
            Count(r.CurrentThuiszitters), Count(r.Escalations))).ToList();
        return new PageTable(GuardrailId, texts.GuardrailCaption(figures.SchoolYear), new SheetTable(texts.Thuiszitters, [
            Column(texts.Area, CellKind.Text, 30), Column(texts.Referrals), Column(texts.Thuiszitters), Column(texts.ImportedThuiszitters),
            Column(texts.Signal, CellKind.Text, 36), Column(texts.PreviousYearReferrals), Column(texts.PreviousYearThuiszitters),
            Column(texts.PreviousYearImportedThuiszitters), Column(texts.CurrentThuiszitters), Column(texts.Escalations),
        ], rows), "bars");
    }

    /// <summary>One unit's open cases per support level, level 1 (basic support) first.</summary>
    public PageTable Pyramid(SupportRow unit, string year, string asOf)
    {
        int?[] levels = [unit.Level1, unit.Level2, unit.Level3, unit.Level4, unit.Level5];
        var rows = levels.Select((count, i) => Row(Text(texts.LevelOf(i + 1)), Count(count, unit.Suppressed))).ToList();
        return new PageTable(PyramidId, texts.PyramidCaption(unit.Name, year, asOf), new SheetTable(texts.SupportLevel, [
            Column(texts.SupportLevel, CellKind.Text, 22), Column(texts.Children),
        ], rows), "pyramid");
    }

    public PageTable Support(SupportFigures figures, IReadOnlySet<Guid>? shown, string levelName)
    {
        var rows = figures.Rows.Where(r => shown is null || shown.Contains(r.Id)).Select(r => Row(
            Text(r.Name),
            Count(r.Level1, r.Suppressed), Count(r.Level2, r.Suppressed), Count(r.Level3, r.Suppressed), Count(r.Level4, r.Suppressed), Count(r.Level5, r.Suppressed),
            Count(r.OpenCases, r.Suppressed), Count(r.BeyondBasic, r.Suppressed), Count(r.BeyondBasicWithOpp, r.Suppressed), Count(r.BeyondBasicWithoutOpp, r.Suppressed),
            Count(r.LevelChangesUp, r.Suppressed), Count(r.LevelChangesDown, r.Suppressed), Count(r.CollectiveApproaches))).ToList();
        return new PageTable(SupportId, texts.SupportCaption(figures.SchoolYear, levelName), new SheetTable(texts.SupportLevel, [
            Column(texts.Name, CellKind.Text, 30),
            Column(texts.LevelOf(1)), Column(texts.LevelOf(2)), Column(texts.LevelOf(3)), Column(texts.LevelOf(4)), Column(texts.LevelOf(5)),
            Column(texts.OpenCases), Column(texts.BeyondBasic), Column(texts.WithOpp), Column(texts.WithoutOpp),
            Column(texts.ChangesUp), Column(texts.ChangesDown), Column(texts.CollectiveApproaches),
        ], rows));
    }

    /// <summary>The area's expertises, its total row last: how long a request waits for a professional, in hours, as people plan them.</summary>
    public PageTable Waiting(ExpertiseFigures figures, Guid areaId, string areaName)
    {
        var rows = figures.Rows.Where(r => r.AreaId == areaId).Select(r => Row(
            Text(texts.ExpertiseName(r.Expertise)), Hours(r.MedianMinutesToAssignment), Hours(r.P90MinutesToAssignment))).ToList();
        return new PageTable(WaitingId, texts.WaitingCaption(areaName, figures.SchoolYear), new SheetTable(texts.WaitingTimes, [
            Column(texts.Expertise, CellKind.Text, 22), Column(texts.MedianHours, CellKind.Hours), Column(texts.P90Hours, CellKind.Hours),
        ], rows), "bars");
    }

    /// <summary>The area's requests to the expertise pool per expertise: how many, how many got a professional, still waiting, hours spent.</summary>
    public PageTable Requests(ExpertiseFigures figures, Guid areaId, string areaName)
    {
        var rows = figures.Rows.Where(r => r.AreaId == areaId).Select(r => Row(
            Text(texts.ExpertiseName(r.Expertise)), Count(r.Requests), Count(r.Assigned), Count(r.Waiting), new SheetCell(r.Hours))).ToList();
        return new PageTable(RequestsId, texts.RequestsCaption(areaName, figures.SchoolYear), new SheetTable(texts.Requests, [
            Column(texts.Expertise, CellKind.Text, 22), Column(texts.Requests), Column(texts.Assigned), Column(texts.Waiting), Column(texts.HoursSpent, CellKind.Hours),
        ], rows));
    }

    private static SheetColumn Column(string header, CellKind kind = CellKind.Count, double width = 14) => new(header, kind, width);

    private static IReadOnlyList<SheetCell> Row(params SheetCell[] cells) => cells;

    private static SheetCell Text(string text) => new(text);

    /// <summary>A count the handler hid shows the suppression mark, never a number; one it has no value for stays empty.</summary>
    private SheetCell Count(int? count, bool hidden = false) =>
        count is { } value ? new SheetCell(value) : hidden ? new SheetCell(null, suppressed) : new SheetCell(null);

    private SheetCell Percent(decimal? pct) => pct is { } value ? new SheetCell(value) : new SheetCell(null, texts.NotAvailable);

    private static SheetCell Hours(double? minutes) =>
        minutes is { } value ? new SheetCell(Math.Round((decimal)value / 60m, 1, MidpointRounding.AwayFromZero)) : new SheetCell(null);
}
