using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.Monitoring.Application.Thuiszitters;

internal interface IThuiszitterQueries
{
    /// <summary>The periods at home that started on or before <paramref name="last"/> and had not ended before <paramref name="first"/>.</summary>
    Task<IReadOnlyList<ThuiszitterPeriod>> PeriodsAsync(DateOnly first, DateOnly last, CancellationToken cancellationToken);

    /// <summary>The school of each escalation from <paramref name="first"/> to <paramref name="last"/>, once per escalation.</summary>
    Task<IReadOnlyList<Guid>> EscalatingSchoolsAsync(DateOnly first, DateOnly last, CancellationToken cancellationToken);

    /// <summary>The thuiszitters the SWV imported for these years, per area and start year; an area not in a year's import is left out.</summary>
    Task<IReadOnlyDictionary<(Guid Area, int Year), int>> ImportedAsync(IReadOnlyCollection<SchoolYear> years, CancellationToken cancellationToken);
}
