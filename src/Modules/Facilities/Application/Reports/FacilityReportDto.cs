using GeenKindDeBuurtUit.Facilities.Domain.Facilities;
using GeenKindDeBuurtUit.Facilities.Domain.Reports;

namespace GeenKindDeBuurtUit.Facilities.Application.Reports;

/// <summary>
/// A report as its reporter gets it back. <c>FacilityStatus</c> is the facility's status after it, so
/// the reporter sees whether the report tipped it into <c>disputed</c>.
/// </summary>
public sealed record FacilityReportDto(
    Guid Id, Guid FacilityId, ReportKind Kind, string Note, DateTimeOffset ReportedAt, bool Open, FacilityStatus FacilityStatus);
