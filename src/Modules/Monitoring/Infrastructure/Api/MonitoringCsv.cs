using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.Monitoring.Application.Budget;
using GeenKindDeBuurtUit.Monitoring.Application.Observations;
using GeenKindDeBuurtUit.Monitoring.Application.Pool;
using GeenKindDeBuurtUit.Monitoring.Application.Referrals;
using GeenKindDeBuurtUit.Monitoring.Application.Support;
using GeenKindDeBuurtUit.Monitoring.Application.Targets;
using GeenKindDeBuurtUit.Monitoring.Application.Thuiszitters;
using GeenKindDeBuurtUit.Monitoring.Application.Trend;
using static GeenKindDeBuurtUit.Monitoring.Infrastructure.Api.CsvAnswer;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Api;

/// <summary>
/// The CSV form of each answer: one line per row, with the answer's own fields (school year,
/// grouping) repeated on every line so files can be put together.
/// </summary>
internal static class MonitoringCsv
{
    public static IEnumerable<ReferralLine> Rows(ReferralFigures f) => f.Rows.Select(r => new ReferralLine(
        f.SchoolYear, f.GroupBy, f.TargetReductionPct, r.Id, r.Name, r.Referrals, r.PreviousYearReferrals, r.ChangePct, r.TargetReferrals, Text(r.OnTarget), Text(r.Suppressed)!,
        r.Source, r.PreviousYearSource));

    public static IEnumerable<ThuiszitterLine> Rows(ThuiszitterFigures f) => f.Rows.Select(r => new ThuiszitterLine(
        f.SchoolYear, Text(f.AsOf)!, r.Id, r.Name, r.CurrentThuiszitters, r.Thuiszitters, r.PreviousYearThuiszitters, r.Escalations, r.Referrals, r.PreviousYearReferrals,
        r.ImportedThuiszitters, r.PreviousYearImportedThuiszitters, Text(r.FewerReferralsMoreThuiszitters)!));

    public static IEnumerable<SupportLine> Rows(SupportFigures f) => f.Rows.Select(r => new SupportLine(
        f.SchoolYear, f.GroupBy, Text(f.AsOf)!, r.Id, r.Name, r.OpenCases, r.Level1, r.Level2, r.Level3, r.Level4, r.Level5, r.BeyondBasic,
        r.BeyondBasicWithOpp, r.BeyondBasicWithoutOpp, r.LevelChangesUp, r.LevelChangesDown, r.CollectiveApproaches, Text(r.Suppressed)!));

    public static IEnumerable<TrendLine> Rows(AreaTrend t) => t.Years.Select(y => new TrendLine(
        t.AreaId, t.Name, y.SchoolYear, y.Referrals, y.Sbo, y.SoLow, y.SoMedium, y.SoHigh, y.Withdrawn, y.ChangePct, y.TargetReductionPct,
        y.TargetReferrals, Text(y.OnTarget), y.Thuiszitters, y.Escalations, y.OtMeetings, y.OtStayDecisions, y.Source, y.ImportedThuiszitters));

    public static IEnumerable<ExpertiseLine> Rows(ExpertiseFigures f) => f.Rows.Select(r => new ExpertiseLine(
        f.SchoolYear, r.AreaId, r.AreaName, r.Expertise, r.Requests, r.Assigned, r.Waiting, r.Hours, r.MedianMinutesToAssignment, r.P90MinutesToAssignment));

    public static IEnumerable<BudgetLine> Rows(BudgetFigures f) => f.Rows.Select(r => new BudgetLine(
        f.SchoolYear, r.AreaId, r.AreaName, r.Pooled, r.FreedFunds, r.Allocated, r.Spent,
        r.RecalculatedAt?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)));

    public static IEnumerable<TargetLine> Rows(IReadOnlyList<TargetDto> targets) =>
        targets.Select(t => new TargetLine(t.SchoolYear, t.ReductionPct, Text(t.IsDefault)!));

    public static IEnumerable<ObservationLine> Rows(PagedList<ObservationDto> list) => list.Items.Select(o => new ObservationLine(
        o.Id, Text(o.On)!, o.AreaId, o.AreaName, o.ClusterId, o.ClusterName, string.Join(';', o.Principles), o.Text, o.AuthorRole,
        o.RecordedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)));
}

internal sealed record ReferralLine(
    string SchoolYear, string GroupBy, decimal? TargetReductionPct, Guid Id, string Name, int? Referrals, int? PreviousYearReferrals,
    decimal? ChangePct, int? TargetReferrals, string? OnTarget, string Suppressed, string Source, string PreviousYearSource);

internal sealed record ThuiszitterLine(
    string SchoolYear, string AsOf, Guid Id, string Name, int CurrentThuiszitters, int Thuiszitters, int PreviousYearThuiszitters,
    int Escalations, int Referrals, int PreviousYearReferrals, int? ImportedThuiszitters, int? PreviousYearImportedThuiszitters,
    string FewerReferralsMoreThuiszitters);

internal sealed record SupportLine(
    string SchoolYear, string GroupBy, string AsOf, Guid Id, string Name, int? OpenCases, int? Level1, int? Level2, int? Level3, int? Level4,
    int? Level5, int? BeyondBasic, int? BeyondBasicWithOpp, int? BeyondBasicWithoutOpp, int? LevelChangesUp, int? LevelChangesDown,
    int CollectiveApproaches, string Suppressed);

internal sealed record TrendLine(
    Guid AreaId, string Name, string SchoolYear, int Referrals, int Sbo, int SoLow, int SoMedium, int SoHigh, int Withdrawn, decimal? ChangePct,
    decimal? TargetReductionPct, int? TargetReferrals, string? OnTarget, int Thuiszitters, int Escalations, int OtMeetings, int OtStayDecisions,
    string Source, int? ImportedThuiszitters);

internal sealed record TargetLine(string SchoolYear, decimal ReductionPct, string IsDefault);

internal sealed record ObservationLine(
    Guid Id, string On, Guid AreaId, string AreaName, Guid? ClusterId, string? ClusterName, string Principles, string Text, string AuthorRole, string RecordedAt);

internal sealed record ExpertiseLine(
    string SchoolYear, Guid AreaId, string AreaName, string Expertise, int Requests, int Assigned, int Waiting, decimal Hours,
    double? MedianMinutesToAssignment, double? P90MinutesToAssignment);

internal sealed record BudgetLine(
    string SchoolYear, Guid AreaId, string AreaName, decimal Pooled, decimal FreedFunds, decimal Allocated, decimal Spent, string? RecalculatedAt);
