using System.Globalization;
using GeenKindDeBuurtUit.Platform.Auditing;
using GeenKindDeBuurtUit.SupportCases.Application.History;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Api;

/// <summary>
/// An import as its audit record summarises it: the source (free text, screened like every name,
/// docs/adr/0033), the counts summed, and the revision stored, or <c>dryRun=true</c> (docs/adr/0049).
/// </summary>
internal static class HistoryAuditDetail
{
    public static string Of(ReferralHistoryImportDto import, int? revision) => string.Create(
        CultureInfo.InvariantCulture,
        $"source={AuditDetail.Quoted(import.Source)}; schools={import.Schools}; sbo={import.Referrals.Sbo}; soLow={import.Referrals.SoLow}; "
        + $"soMedium={import.Referrals.SoMedium}; soHigh={import.Referrals.SoHigh}; {Stored(revision)}; replaced={Flag(import.Replaced)}");

    public static string Of(ThuiszitterHistoryImportDto import, int? revision) => string.Create(
        CultureInfo.InvariantCulture,
        $"source={AuditDetail.Quoted(import.Source)}; areas={import.Areas}; thuiszitters={import.Thuiszitters}; {Stored(revision)}; replaced={Flag(import.Replaced)}");

    private static string Stored(int? revision) => revision is { } stored ? $"revision={stored.ToString(CultureInfo.InvariantCulture)}" : "dryRun=true";

    private static string Flag(bool value) => value ? "true" : "false";
}
