namespace GeenKindDeBuurtUit.CollectiveBudget.Domain.Reconciliation;

/// <summary>Where a school stands now, as far as reconciliation needs it.</summary>
public sealed record PlacedSchool(Guid SchoolId, Guid BoardId, Guid ClusterId, Guid AreaId);
