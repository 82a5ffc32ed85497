namespace GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;

/// <summary>
/// What a professional offers and a request asks for: the same values as a support case's needs,
/// so that a school can ask for exactly the help a case names.
/// </summary>
public enum Expertise
{
    Language,
    Tos,
    Behaviour,
    Learning,
    EarlyChildhood,
    Newcomer,
    Other,
}
