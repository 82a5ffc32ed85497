namespace GeenKindDeBuurtUit.SupportCases.Domain.Cases;

/// <summary>Who sits at an OT meeting (ondersteuningsteam).</summary>
public enum OtRole
{
    Swv,
    School,
    Parents,
    Okt,
    Buurtteam,
    Expert,
}
