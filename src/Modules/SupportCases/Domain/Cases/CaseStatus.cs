namespace GeenKindDeBuurtUit.SupportCases.Domain.Cases;

public enum CaseStatus
{
    Open,
    Closed,
}
