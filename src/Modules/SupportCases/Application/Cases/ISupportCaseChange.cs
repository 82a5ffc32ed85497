namespace GeenKindDeBuurtUit.SupportCases.Application.Cases;

/// <summary>A command that changes one existing case; <c>IfMatch</c> is the client's expected version, if it sent one.</summary>
public interface ISupportCaseChange
{
    Guid CaseId { get; }

    string? IfMatch { get; }
}
