namespace GeenKindDeBuurtUit.SupportCases.Domain.Cases;

public enum OtDecision
{
    Stay,
    Refer,
}
