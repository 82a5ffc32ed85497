namespace GeenKindDeBuurtUit.Monitoring.Application.Targets;

/// <summary>
/// A school year's target; <c>isDefault</c> when it is the programme's default, not one an admin
/// set. <c>version</c> is what the ETag carries: 0 until an admin sets the year.
/// </summary>
public sealed record TargetDto(string SchoolYear, decimal ReductionPct, bool IsDefault, string Version);
