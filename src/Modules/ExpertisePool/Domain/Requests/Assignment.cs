namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;

/// <summary>Who was assigned to a request, when, and after how long a wait: what an assignment tells the other modules.</summary>
public sealed record Assignment(Guid ProfessionalId, DateTime AssignedAt, long WaitingSeconds);
