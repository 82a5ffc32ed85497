using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Wire;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.Monitoring.Domain;

namespace GeenKindDeBuurtUit.Monitoring.Application;

internal static class MonitoringValidation
{
    public static IRuleBuilderOptions<T, string?> IsSchoolYearWhenGiven<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(year => year is null || SchoolYear.TryParse(year, out _)).WithMessage("A school year is written like 2025-2026.");

    public static IRuleBuilderOptions<T, string?> IsLevelWhenGiven<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(level => level is null || WireName.TryParse<UnitLevel>(level, out _)).WithMessage($"Must be one of {WireName.Values<UnitLevel>()}.");

    public static UnitLevel LevelOrArea(string? groupBy) => groupBy is null ? UnitLevel.Area : WireName.Parse<UnitLevel>(groupBy);
}
