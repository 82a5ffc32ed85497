using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using GeenKindDeBuurtUit.SupportCases.Domain.History;

namespace GeenKindDeBuurtUit.SupportCases.Application.History;

/// <summary>An import's answer, with the version of the stored year for the ETag and the revision it stored (none for a dry run).</summary>
public sealed record HistoryImportResult<T>(T Value, string? Version, int? Revision);

[Description("What an import of referral history did, or would do in a dry run.")]
public sealed record ReferralHistoryImportDto(
    [property: Description("The school year, like 2024-2025.")] string SchoolYear,
    [property: Description("Where the counts came from, in the SWV's words.")] string Source,
    [property: Range(0, int.MaxValue), Description("The schools in the import.")] int Schools,
    [property: Description("The import's referrals, summed over its schools.")] ImportedReferralCountsDto Referrals,
    [property: Description("Whether an earlier import of the year was replaced.")] bool Replaced,
    [property: Description("True when nothing was stored or published.")] bool DryRun);

[Description("Referrals by kind: SBO, and SO by funding category.")]
public sealed record ImportedReferralCountsDto(
    [property: Range(0, int.MaxValue)] int Sbo,
    [property: Range(0, int.MaxValue)] int SoLow,
    [property: Range(0, int.MaxValue)] int SoMedium,
    [property: Range(0, int.MaxValue)] int SoHigh);

[Description("A school year's imported referral history.")]
public sealed record ReferralHistoryDto(
    string SchoolYear,
    string Source,
    DateTimeOffset ImportedAt,
    [property: Range(1, int.MaxValue), Description("Counts the imports of the year; the events of this import carry it.")] int Revision,
    IReadOnlyList<ReferralHistoryRowDto> Rows,
    [property: Description("The rows summed.")] ImportedReferralCountsDto Totals);

public sealed record ReferralHistoryRowDto(
    Guid SchoolId,
    [property: Range(0, HistoryCount.Max)] int Sbo,
    [property: Range(0, HistoryCount.Max)] int SoLow,
    [property: Range(0, HistoryCount.Max)] int SoMedium,
    [property: Range(0, HistoryCount.Max)] int SoHigh);

[Description("What an import of thuiszitter history did, or would do in a dry run.")]
public sealed record ThuiszitterHistoryImportDto(
    [property: Description("The school year, like 2024-2025.")] string SchoolYear,
    [property: Description("Where the counts came from, in the SWV's words.")] string Source,
    [property: Range(0, int.MaxValue), Description("The areas in the import.")] int Areas,
    [property: Range(0, int.MaxValue), Description("The import's thuiszitters, summed over its areas.")] int Thuiszitters,
    [property: Description("Whether an earlier import of the year was replaced.")] bool Replaced,
    [property: Description("True when nothing was stored or published.")] bool DryRun);

[Description("A school year's imported thuiszitter history.")]
public sealed record ThuiszitterHistoryDto(
    string SchoolYear,
    string Source,
    DateTimeOffset ImportedAt,
    [property: Range(1, int.MaxValue), Description("Counts the imports of the year; the events of this import carry it.")] int Revision,
    IReadOnlyList<ThuiszitterHistoryRowDto> Rows,
    [property: Range(0, int.MaxValue), Description("The rows summed.")] int Total);

public sealed record ThuiszitterHistoryRowDto(Guid AreaId, [property: Range(0, HistoryCount.Max)] int Count);
