namespace GeenKindDeBuurtUit.Monitoring.Application;

/// <summary>Configuration section <c>Monitoring</c>.</summary>
internal sealed class MonitoringOptions
{
    public const string Section = "Monitoring";

    /// <summary>Counts from 1 to this number at school or cluster level are hidden from analysts (<c>Monitoring:SuppressionThreshold</c>).</summary>
    public int SuppressionThreshold { get; set; } = 4;
}
