namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;

/// <summary>requested → assigned → completed, or cancelled (with a reason) before completion.</summary>
public enum RequestStatus
{
    Requested,
    Assigned,
    Completed,
    Cancelled,
}
