namespace GeenKindDeBuurtUit.ExpertisePool.Application.Requests;

/// <summary>A command that changes one existing request; <c>IfMatch</c> is the client's expected version, if it sent one.</summary>
public interface IExpertiseRequestChange
{
    Guid RequestId { get; }

    string? IfMatch { get; }
}
