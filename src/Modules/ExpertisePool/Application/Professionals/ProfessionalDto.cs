using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;
using ExpertiseArea = GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals.Expertise;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Professionals;

public sealed record ProfessionalDto(
    Guid Id,
    string Name,
    string Organisation,
    [property: WireValues(typeof(ExpertiseArea))] IReadOnlyList<string> Expertise,
    IReadOnlyList<Guid> AreaIds,
    decimal HoursPerWeek,
    bool Active,
    DateOnly? DeactivatedOn,
    string Version);

/// <summary>A professional's hours per ISO week: the past weeks as logged, the current week with the open work (ADR 0011).</summary>
public sealed record ProfessionalLoadDto(Guid ProfessionalId, decimal HoursPerWeek, string CurrentWeek, IReadOnlyList<WeekLoadDto> Weeks);

/// <param name="Open">Hours still to deliver on open assignments; counted in the current week only.</param>
/// <param name="CapacityLeft">Hours per week minus load; negative when the professional is over-committed.</param>
public sealed record WeekLoadDto(string Week, DateOnly From, DateOnly To, decimal Logged, decimal Open, decimal Load, decimal CapacityLeft);
