namespace GeenKindDeBuurtUit.Monitoring.Domain.Observations;

/// <summary>
/// Who told the story or made the observation, by role only: soft monitoring never names a
/// person. Wire values are the lower-case names (<c>school</c>, <c>parents</c>, ...).
/// </summary>
public enum AuthorRole
{
    School,
    Parents,
    Child,
    Swv,
    Okt,
    Buurtteam,
    Expert,
    Board,
    Municipality,
    Other,
}
