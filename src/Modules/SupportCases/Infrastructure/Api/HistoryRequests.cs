using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.SupportCases.Application.History;
using GeenKindDeBuurtUit.SupportCases.Domain.History;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Api;

// The bodies as the contract writes them (docs/adr/0049); the school year, If-Match and dryRun come from the route, headers and query.
[Description("A school year's referrals before the platform, per school; replaces the year as a whole.")]
internal sealed record ReferralHistoryRequest(
    [property: Required, StringLength(200, MinimumLength = 1), Description("Where the counts come from, in the SWV's words (for example its annual report).")] string? Source,
    [property: Required, MaxLength(HistoryValidation.MaxRows), Description("One row per school; no rows clears the year.")] IReadOnlyList<ReferralHistoryRowRequest?>? Rows)
{
    public static ReferralHistoryRequest Example => new("Jaarverslag SWV 2024-2025", [new(PilotExamples.School, 2, 1, 0, 1)]);

    public ImportReferralHistory ToCommand(string schoolYear, string? ifMatch, bool dryRun) =>
        new(schoolYear, ifMatch, Source!, Rows!.Select(r => new ReferralHistoryLine(null, r!.SchoolId, null, r.Sbo!.Value, r.SoLow!.Value, r.SoMedium!.Value, r.SoHigh!.Value)).ToList(), dryRun);
}

[Description("One school's referrals of the year, by kind.")]
internal sealed record ReferralHistoryRowRequest(
    [property: Required] Guid? SchoolId,
    [property: Required, Range(0, HistoryCount.Max)] int? Sbo,
    [property: Required, Range(0, HistoryCount.Max)] int? SoLow,
    [property: Required, Range(0, HistoryCount.Max)] int? SoMedium,
    [property: Required, Range(0, HistoryCount.Max)] int? SoHigh);

[Description("A school year's thuiszitters before the platform, per area; replaces the year as a whole.")]
internal sealed record ThuiszitterHistoryRequest(
    [property: Required, StringLength(200, MinimumLength = 1), Description("Where the counts come from, in the SWV's words.")] string? Source,
    [property: Required, MaxLength(HistoryValidation.MaxRows), Description("One row per area; no rows clears the year.")] IReadOnlyList<ThuiszitterHistoryRowRequest?>? Rows)
{
    public static ThuiszitterHistoryRequest Example => new("Jaarverslag SWV 2024-2025", [new(PilotExamples.Area, 3)]);

    public ImportThuiszitterHistory ToCommand(string schoolYear, string? ifMatch, bool dryRun) =>
        new(schoolYear, ifMatch, Source!, Rows!.Select(r => new ThuiszitterHistoryLine(null, r!.AreaId!.Value, r.Count!.Value)).ToList(), dryRun);
}

[Description("One area's thuiszitters of the year.")]
internal sealed record ThuiszitterHistoryRowRequest([property: Required] Guid? AreaId, [property: Required, Range(0, HistoryCount.Max)] int? Count);
