using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using GeenKindDeBuurtUit.Monitoring.Application.YearEnd;
using GeenKindDeBuurtUit.Monitoring.Domain.YearEnd;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.Api;

// The bodies exactly as documented (docs/adr/0027); the school year comes from the route.
internal sealed record FiguresClosureRequest(
    [property: StringLength(FiguresStep.MaxTextLength), Description("Optional note kept with the closing. No names, no BSN, no ECK iD.")] string? Note)
{
    public static FiguresClosureRequest Example => new("Figures as presented to the board on 15 September.");

    public CloseSchoolYearFigures ToCommand(string schoolYear, string? ifMatch) => new(schoolYear, Note, ifMatch);
}

internal sealed record FiguresReopeningRequest(
    [property: Required, StringLength(FiguresStep.MaxTextLength, MinimumLength = 1), Description("Why the closed figures must change, kept with the year for good. No names, no BSN, no ECK iD.")] string? Reason)
{
    public static FiguresReopeningRequest Example => new("The referral history of 2024-2025 was imported after the closing.");

    public ReopenSchoolYearFigures ToCommand(string schoolYear, string? ifMatch) => new(schoolYear, Reason!, ifMatch);
}
