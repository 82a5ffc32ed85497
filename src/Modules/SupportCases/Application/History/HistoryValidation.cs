using System.Linq.Expressions;
using FluentValidation;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Validation;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Domain.History;

namespace GeenKindDeBuurtUit.SupportCases.Application.History;

/// <summary>The rules both imports share: the year, the source, the number of rows and the bounds of a count.</summary>
internal static class HistoryValidation
{
    /// <summary>More schools (or areas) than a samenwerkingsverband has; the CSV reader holds files to the same.</summary>
    public const int MaxRows = 1000;

    public static void SchoolYearSourceAndRows<T, TLine>(
        AbstractValidator<T> validator, Expression<Func<T, string>> schoolYear, Expression<Func<T, string>> source, Expression<Func<T, IReadOnlyList<TLine>>> rows)
    {
        validator.RuleFor(schoolYear).IsHistoryYear();
        validator.RuleFor(source).IsName();
        validator.RuleFor(rows).Must(r => r.Count <= MaxRows).WithMessage($"An import holds at most {MaxRows} rows.");
    }

    /// <summary>The document's pattern lets through years such as 2026-2025, whose end is not the year after their start.</summary>
    public static IRuleBuilderOptions<T, string> IsHistoryYear<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(y => SchoolYear.TryParse(y, out _)).WithMessage("A school year like 2024-2025 is expected.");

    public static IRuleBuilderOptions<T, int> IsHistoryCount<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(0, HistoryCount.Max).WithMessage($"A count is a whole number from 0 to {HistoryCount.Max}.");

    /// <summary>Where a message about another row points: its line in a file, or its place among the JSON rows.</summary>
    public static string Place(int? line, int index) => line is { } l ? $"line {l}" : $"rows[{index}]";
}
