namespace GeenKindDeBuurtUit.SupportCases.Domain.Cases;

public enum InvolvedParty
{
    Parents,
    Child,
}
