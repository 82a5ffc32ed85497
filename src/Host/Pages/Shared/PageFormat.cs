using System.Globalization;
using GeenKindDeBuurtUit.Platform.Spreadsheets;

namespace GeenKindDeBuurtUit.Host.Pages.Shared;

/// <summary>
/// Numbers and dates as the page's reader writes them: Dutch through <see cref="DutchFormat"/>, English on the
/// invariant culture. <see cref="Invariant"/> is what the HTML carries for machines (charts read it).
/// </summary>
public sealed class PageFormat
{
    private static readonly PageFormat DutchReader = new(dutch: true);
    private static readonly PageFormat EnglishReader = new(dutch: false);

    private readonly bool _dutch;

    private PageFormat(bool dutch) => _dutch = dutch;

    public static PageFormat For(PageLanguage language) => language.IsDutch ? DutchReader : EnglishReader;

    public string Number(decimal value, int decimals = 0) =>
        _dutch ? DutchFormat.Number(value, decimals) : value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public string Euro(decimal amount) => _dutch ? DutchFormat.Euro(amount) : "€ " + Number(amount, 2);

    public string Percent(decimal value) => Number(value, 1) + "%";

    public string Date(DateOnly date) => _dutch ? DutchFormat.Date(date) : date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public string DateTime(DateTime moment) =>
        _dutch ? DutchFormat.DateTime(moment) : moment.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture);

    public string Month(int month) =>
        _dutch ? DutchFormat.Month(month) : CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    /// <summary>
    /// A distance as a walker reads it: metres to the nearest ten below a kilometre ("850 m"), kilometres with one
    /// decimal below ten ("1,2 km"), whole kilometres beyond.
    /// </summary>
    public string Distance(double metres)
    {
        var rounded = Math.Round((decimal)Math.Max(0, metres), MidpointRounding.AwayFromZero);
        if (rounded < 995)
        {
            return Number(Math.Round(rounded / 10, MidpointRounding.AwayFromZero) * 10) + " m";
        }

        var kilometres = rounded / 1000;
        return kilometres < 9.95m
            ? Number(Math.Round(kilometres, 1, MidpointRounding.AwayFromZero), 1) + " km"
            : Number(Math.Round(kilometres, MidpointRounding.AwayFromZero)) + " km";
    }

    /// <summary>What a reader sees in a cell: its <see cref="SheetCell.Shown"/> text when it has one (a suppressed "&lt; 5"), else its value formatted by kind.</summary>
    public string Shown(SheetCell cell, CellKind kind)
    {
        if (cell.Shown is { } shown)
        {
            return shown;
        }

        return (kind, cell.Value) switch
        {
            (_, null) => string.Empty,
            (CellKind.Date, DateOnly date) => Date(date),
            (CellKind.Date, DateTime moment) => Date(DateOnly.FromDateTime(moment)),
            (CellKind.Date or CellKind.DateTime, DateTimeOffset moment) => DateTime(moment.UtcDateTime),
            (CellKind.DateTime, DateTime moment) => DateTime(moment),
            (CellKind.Text, var text) => Convert.ToString(text, CultureInfo.InvariantCulture) ?? string.Empty,
            (CellKind.Euro, var number) when AsDecimal(number) is { } amount => Euro(amount),
            (CellKind.Percent, var number) when AsDecimal(number) is { } percent => Percent(percent),
            (CellKind.Hours, var number) when AsDecimal(number) is { } hours => Number(hours, 1),
            (_, var number) when AsDecimal(number) is { } count => Number(count, count == decimal.Truncate(count) ? 0 : 1),
            (_, var other) => Convert.ToString(other, CultureInfo.InvariantCulture) ?? string.Empty,
        };
    }

    /// <summary>A number as "12.5" and a date as "2026-12-05" whatever the language; null for text and for a cell without a value.</summary>
    public static string? Invariant(SheetCell cell, CellKind kind) => (kind, cell.Value) switch
    {
        (CellKind.Text, _) or (_, null) => null,
        (_, DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        (_, DateTime moment) => moment.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        (_, DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        (_, var number) => AsDecimal(number)?.ToString(CultureInfo.InvariantCulture),
    };

    private static decimal? AsDecimal(object value) => value switch
    {
        decimal d => d,
        int i => i,
        long l => l,
        short s => s,
        double d when double.IsFinite(d) => (decimal)d,
        float f when float.IsFinite(f) => (decimal)f,
        _ => null,
    };
}
