namespace GeenKindDeBuurtUit.Monitoring.Application.Support;

/// <summary>The dated facts the support pyramid is worked out from.</summary>
internal interface ISupportQueries
{
    /// <summary>The cases open on <paramref name="asOf"/>: opened on or before it and not closed by then.</summary>
    Task<IReadOnlyList<OpenCase>> OpenOnAsync(DateOnly asOf, CancellationToken cancellationToken);

    /// <summary>The level changes of these cases up to <paramref name="asOf"/>, and every level change from <paramref name="first"/> to <paramref name="last"/>.</summary>
    Task<IReadOnlyList<LevelChange>> LevelChangesAsync(IReadOnlyList<Guid> caseIds, DateOnly asOf, DateOnly first, DateOnly last, CancellationToken cancellationToken);

    /// <summary>The schools of each collective approach running on at least one day from <paramref name="first"/> to <paramref name="last"/>.</summary>
    Task<IReadOnlyList<IReadOnlyList<Guid>>> ApproachSchoolsAsync(DateOnly first, DateOnly last, CancellationToken cancellationToken);
}

internal sealed record OpenCase(Guid CaseId, Guid SchoolId, int? OpeningLevel, DateOnly? OppSince);

internal sealed record LevelChange(Guid CaseId, Guid SchoolId, int ToLevel, bool IsUp, DateOnly On, DateTime OccurredAt);
