namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;

/// <summary>One move up or down the support pyramid, kept per event (the inbox makes each count once).</summary>
internal sealed record LevelChangeFact(Guid EventId, Guid CaseId, Guid SchoolId, int FromLevel, int ToLevel, DateOnly On, DateTime OccurredAt)
{
    public bool IsUp => ToLevel > FromLevel;
}
