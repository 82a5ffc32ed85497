using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Facilities.Domain.Reports;

namespace GeenKindDeBuurtUit.Facilities.Domain.Rules;

/// <summary>One open report of a kind per school (or account): a school reporting "closed" twice is still one school.</summary>
public sealed class ReportAlreadyOpenRule(IEnumerable<FacilityReport> reports, ReportKind kind, Reporter reporter) : IBusinessRule
{
    public string Code => "report-already-open";

    public string Message => "You already have an open report of this kind on this facility; it stays open until the steward confirms or withdraws it.";

    public bool IsBroken() => reports.Any(r => r.IsOpen && r.Kind == kind && r.Reporter == reporter.Key);
}
