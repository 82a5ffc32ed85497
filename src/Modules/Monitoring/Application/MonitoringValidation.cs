using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.Monitoring.Application;

internal static class MonitoringValidation
{
    public static IRuleBuilderOptions<T, string?> IsSchoolYearWhenGiven<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(year => year is null || SchoolYear.TryParse(year, out _)).WithMessage("A school year is written like 2025-2026.");

    public static IRuleBuilderOptions<T, string> IsSchoolYear<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(y => SchoolYear.TryParse(y, out _)).WithMessage("A school year is written like 2025-2026.");
}
