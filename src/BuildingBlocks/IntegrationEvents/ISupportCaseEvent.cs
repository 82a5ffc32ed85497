namespace GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

/// <summary>
/// An event about one support case. Its outbox row keeps the case's id in a column of its own, so
/// the rows of an erased case are found by that column and not by searching payloads (docs/adr/0015, 0039).
/// </summary>
public interface ISupportCaseEvent
{
    /// <summary>The case the event is about; null when this one concerns no case.</summary>
    Guid? SupportCaseId { get; }
}
