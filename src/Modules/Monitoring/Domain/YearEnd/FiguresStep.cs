namespace GeenKindDeBuurtUit.Monitoring.Domain.YearEnd;

/// <summary>What happened to a year's figures; wire values <c>closed</c> and <c>reopened</c>.</summary>
public enum FiguresAction
{
    Closed,
    Reopened,
}

/// <summary>Where a year's figures stand; wire values <c>open</c> and <c>closed</c>.</summary>
public enum FiguresStatus
{
    Open,
    Closed,
}

/// <summary>
/// One closing or reopening of a year's figures, kept for good: who, when, and the note of a
/// closing or the reason of a reopening (free text without any pupil identifier).
/// </summary>
internal sealed class FiguresStep
{
    public const int MaxTextLength = 1000;

    private FiguresStep()
    {
        By = string.Empty;
    }

    public FiguresStep(int revision, FiguresAction action, DateTime at, string by, string? text)
    {
        Revision = revision;
        Action = action;
        At = at;
        By = by;
        Text = text;
    }

    public int Revision { get; private set; }

    public FiguresAction Action { get; private set; }

    public DateTime At { get; private set; }

    public string By { get; private set; }

    public string? Text { get; private set; }
}
