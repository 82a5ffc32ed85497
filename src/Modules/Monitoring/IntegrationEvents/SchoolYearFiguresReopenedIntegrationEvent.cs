using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.Monitoring.IntegrationEvents;

/// <summary>
/// The SWV reopened a school year whose monitoring figures it had closed, giving a reason (kept in
/// the audit trail): changes to the year are accepted again. <c>Revision</c> as in
/// <see cref="SchoolYearFiguresClosedIntegrationEvent"/>.
/// </summary>
public sealed record SchoolYearFiguresReopenedIntegrationEvent(string SchoolYear, int Revision, DateTime ReopenedAt, string Reason) : IntegrationEvent;
