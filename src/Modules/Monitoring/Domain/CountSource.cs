namespace GeenKindDeBuurtUit.Monitoring.Domain;

/// <summary>
/// Where a year's count comes from: referrals and thuiszitters the platform recorded, or the
/// counts the SWV imported for a year before the platform (docs/adr/0050).
/// </summary>
public enum CountSource
{
    Recorded,
    Imported,
}
