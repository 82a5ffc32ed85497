using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.Monitoring.IntegrationEvents;

/// <summary>
/// The SWV closed a school year's monitoring figures as published: the modules whose records feed
/// them refuse changes that would alter that year's figures until it is reopened. <c>Revision</c>
/// counts the year's closures and reopenings, so a receiver keeps the state of the highest it has
/// seen. <c>SchoolYear</c> like "2024-2025".
/// </summary>
public sealed record SchoolYearFiguresClosedIntegrationEvent(string SchoolYear, int Revision, DateTime ClosedAt) : IntegrationEvent;
