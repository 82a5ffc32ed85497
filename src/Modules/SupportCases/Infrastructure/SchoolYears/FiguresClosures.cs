using GeenKindDeBuurtUit.BuildingBlocks.Domain;
using GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.SchoolYears;

internal static class FiguresClosures
{
    /// <summary>Keeps the state of the highest revision of the year's closures and reopenings.</summary>
    public static async Task RecordAsync(SupportCasesDbContext context, string schoolYear, int revision, bool closed, DateTime at, CancellationToken cancellationToken)
    {
        var start = SchoolYear.Parse(schoolYear).StartYear;
        if (await context.FiguresClosures.FindAsync([start], cancellationToken) is { } known)
        {
            known.Apply(revision, closed, at);
        }
        else
        {
            context.FiguresClosures.Add(FiguresClosure.Of(start, revision, closed, at));
        }
    }
}
