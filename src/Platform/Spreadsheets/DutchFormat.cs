using System.Globalization;

namespace GeenKindDeBuurtUit.Platform.Spreadsheets;

/// <summary>
/// Numbers, amounts and dates as Dutch readers write them (1.234,50; € 1.234,50; 5-12-2026). Built by hand on the
/// invariant culture because the platform runs with invariant globalization, where "nl-NL" cannot be created.
/// </summary>
public static class DutchFormat
{
    private static readonly string[] MonthNames =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    public static NumberFormatInfo Numbers { get; } = CreateNumbers();

    /// <summary>A number with thousands grouped by points and the given number of decimals after a comma.</summary>
    public static string Number(decimal value, int decimals = 0) =>
        value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Numbers);

    /// <summary>An amount in euros as in Dutch invoices: "€ 1.234,50", "€ -12,00".</summary>
    public static string Euro(decimal amount) => "€ " + Number(amount, 2);

    /// <summary>A percentage with one decimal: "-12,5%".</summary>
    public static string Percent(decimal value) => Number(value, 1) + "%";

    public static string Date(DateOnly date) => date.ToString("d-M-yyyy", CultureInfo.InvariantCulture);

    public static string DateTime(DateTime moment) => moment.ToString("d-M-yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The Dutch name of a month, 1 = januari.</summary>
    public static string Month(int month) =>
        month is >= 1 and <= 12 ? MonthNames[month - 1] : throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1 to 12.");

    private static NumberFormatInfo CreateNumbers()
    {
        var numbers = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        numbers.NumberDecimalSeparator = ",";
        numbers.NumberGroupSeparator = ".";
        numbers.PercentDecimalSeparator = ",";
        numbers.PercentGroupSeparator = ".";
        numbers.CurrencyDecimalSeparator = ",";
        numbers.CurrencyGroupSeparator = ".";
        numbers.CurrencySymbol = "€";
        numbers.NegativeSign = "-";
        return NumberFormatInfo.ReadOnly(numbers);
    }
}
