using GeenKindDeBuurtUit.Host.Pages.App;
using GeenKindDeBuurtUit.Host.Pages.Shared;
using GeenKindDeBuurtUit.Monitoring.Application.Pool;
using GeenKindDeBuurtUit.Monitoring.Application.Referrals;
using GeenKindDeBuurtUit.Monitoring.Application.Thuiszitters;
using GeenKindDeBuurtUit.Monitoring.Application.Trend;
using GeenKindDeBuurtUit.Platform.Spreadsheets;

namespace GeenKindDeBuurtUit.Host.Tests.Pages;

/// <summary>The dashboard's tables say what the handlers answered, hide what they hid, and put the drawn columns first.</summary>
public sealed class MonitoringTablesTests
{
    private static readonly MonitoringTables Tables = new(MonitoringTexts.For(dutch: true), "< 5");
    private static readonly Guid North = Guid.NewGuid(), South = Guid.NewGuid(), Hidden = Guid.NewGuid();

    private static readonly ReferralFigures Referrals = new("2025-2026", "school", 10m,
    [
        new(North, "De Noord", 12, 15, -20m, 13, true, false, "recorded", "imported"),
        new(Hidden, "De Kleine", null, null, null, null, null, true, "recorded", "recorded"),
        new(South, "De Zuid", 30, 20, 50m, 18, false, false, "recorded", "recorded"),
    ]);

    [Fact]
    public void A_count_the_handler_hid_shows_the_suppression_mark_and_no_number()
    {
        var sheet = Tables.Referrals(Referrals, null, "school").Sheet;

        var hidden = sheet.Rows[1];
        Assert.Equal("De Kleine", hidden[0].Value);
        Assert.All(new[] { hidden[1], hidden[4] }, cell => Assert.Equal(new SheetCell(null, "< 5"), cell));
        Assert.All(new[] { hidden[2], hidden[3], hidden[5] }, cell => Assert.Equal(new SheetCell("verborgen"), cell));
        Assert.Equal("geregistreerd", hidden[6].Value);
        Assert.Equal(new object?[] { 12, 13, "ja", 15, -20m, "geregistreerd" }, sheet.Rows[0].Skip(1).Select(c => c.Value));
        Assert.Equal("nee", sheet.Rows[2][3].Value);
    }

    [Fact]
    public void Only_the_rows_of_the_chosen_area_are_shown_in_the_handlers_order()
    {
        var sheet = Tables.Referrals(Referrals, new HashSet<Guid> { South, North }, "school").Sheet;

        Assert.Equal(new object?[] { "De Noord", "De Zuid" }, sheet.Rows.Select(r => r[0].Value));
    }

    [Fact]
    public void The_guardrail_says_the_handlers_signal_and_does_not_work_it_out()
    {
        // Referrals rose here, yet the row carries the signal: the table must repeat the field, not recompute it.
        var figures = new ThuiszitterFigures("2025-2026", new DateOnly(2026, 7, 31),
        [
            new(North, "Noord", 1, 6, 4, 0, 12, 10, null, null, true),
            new(South, "Zuid", 0, 2, 3, 1, 8, 10, 5, 4, false),
        ]);

        var sheet = Tables.Guardrail(figures).Sheet;

        Assert.Equal(new object?[] { "minder verwijzingen, meer thuiszitters", "geen" }, sheet.Rows.Select(r => r[4].Value));
        Assert.Equal(new object?[] { 8, 2, 5 }, sheet.Rows[1].Skip(1).Take(3).Select(c => c.Value));
        Assert.Equal(new SheetCell(null), sheet.Rows[0][3]);
    }

    [Fact]
    public void Waiting_times_are_the_areas_in_hours_with_its_total_row()
    {
        var figures = new ExpertiseFigures("2025-2026",
        [
            new(North, "Noord", "tos", 3, 2, 1, 6m, 90, 150),
            new(North, "Noord", "all", 3, 2, 1, 6m, 90, 150),
            new(South, "Zuid", "all", 1, 0, 1, 0m, null, null),
        ]);

        var sheet = Tables.Waiting(figures, North, "Noord").Sheet;
        var requests = Tables.Requests(figures, North, "Noord").Sheet;

        Assert.Equal(new object?[] { "TOS", "Alle expertises" }, sheet.Rows.Select(r => r[0].Value));
        Assert.Equal(new object?[] { 1.5m, 2.5m }, sheet.Rows[0].Skip(1).Select(c => c.Value));
        Assert.Equal(new object?[] { 3, 2, 1, 6m }, requests.Rows[1].Skip(1).Select(c => c.Value));
    }

    public static TheoryData<string, string[]> DrawnColumns => new()
    {
        { MonitoringTables.ReferralsId, ["Verwijzingen", "Doel (hoogstens)"] },
        { MonitoringTables.TrendId, ["Verwijzingen", "Doel (hoogstens)", "Thuiszitters", "Thuiszitters (geïmporteerd)"] },
        { MonitoringTables.GuardrailId, ["Verwijzingen", "Thuiszitters", "Thuiszitters (geïmporteerd)"] },
        { MonitoringTables.WaitingId, ["Wachttijd mediaan (uren)", "Wachttijd 90e percentiel (uren)"] },
    };

    /// <summary>charts.js draws the value columns after the row names up to the first text column, the target second.</summary>
    [Theory]
    [MemberData(nameof(DrawnColumns))]
    public void A_chart_draws_the_columns_that_follow_the_row_names(string table, string[] drawn)
    {
        var columns = AllTables().Single(t => t.Id == table).Sheet.Columns;

        var run = columns.Skip(1).TakeWhile(c => c.Kind != CellKind.Text).Select(c => c.Header);

        Assert.Equal(drawn, run);
    }

    private static IEnumerable<PageTable> AllTables()
    {
        yield return Tables.Referrals(Referrals, null, "school");
        yield return Tables.Trend(new AreaTrend(North, "Noord", []));
        yield return Tables.Guardrail(new ThuiszitterFigures("2025-2026", new DateOnly(2026, 7, 31), []));
        yield return Tables.Waiting(new ExpertiseFigures("2025-2026", []), North, "Noord");
    }
}
