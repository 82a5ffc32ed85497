namespace GeenKindDeBuurtUit.SupportCases.Domain.Cases;

/// <summary>The kinds of support need the programme names (and the expertise pool offers).</summary>
public enum Need
{
    Language,
    Tos,
    Behaviour,
    Learning,
    EarlyChildhood,
    Newcomer,
    Other,
}
