using GeenKindDeBuurtUit.SupportCases.Domain.History;

namespace GeenKindDeBuurtUit.SupportCases.Application.History;

internal static class ReferralHistoryMapping
{
    public static ReferralHistoryImportDto ToImportDto(HistoryImportOutcome<ReferralHistory> outcome) =>
        new(outcome.History.SchoolYear.ToString(), outcome.History.Source, outcome.History.Rows.Count, Totals(outcome.History), outcome.Replacement.Replaced, outcome.DryRun);

    public static ReferralHistoryDto ToDto(this ReferralHistory history) => new(
        history.SchoolYear.ToString(),
        history.Source,
        new DateTimeOffset(DateTime.SpecifyKind(history.ImportedAt, DateTimeKind.Utc)),
        history.Revision,
        history.Rows.OrderBy(r => r.SchoolId).Select(r => new ReferralHistoryRowDto(r.SchoolId, r.Sbo, r.SoLow, r.SoMedium, r.SoHigh)).ToList(),
        Totals(history));

    private static ImportedReferralCountsDto Totals(ReferralHistory history) => new(
        history.Rows.Sum(r => r.Sbo), history.Rows.Sum(r => r.SoLow), history.Rows.Sum(r => r.SoMedium), history.Rows.Sum(r => r.SoHigh));
}

internal static class ThuiszitterHistoryMapping
{
    public static ThuiszitterHistoryImportDto ToImportDto(HistoryImportOutcome<ThuiszitterHistory> outcome) =>
        new(outcome.History.SchoolYear.ToString(), outcome.History.Source, outcome.History.Rows.Count, outcome.History.Rows.Sum(r => r.Count), outcome.Replacement.Replaced, outcome.DryRun);

    public static ThuiszitterHistoryDto ToDto(this ThuiszitterHistory history) => new(
        history.SchoolYear.ToString(),
        history.Source,
        new DateTimeOffset(DateTime.SpecifyKind(history.ImportedAt, DateTimeKind.Utc)),
        history.Revision,
        history.Rows.OrderBy(r => r.AreaId).Select(r => new ThuiszitterHistoryRowDto(r.AreaId, r.Count)).ToList(),
        history.Rows.Sum(r => r.Count));
}
