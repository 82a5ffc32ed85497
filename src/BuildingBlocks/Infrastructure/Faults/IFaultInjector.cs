namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;

/// <summary>
/// A named place in the code where a crash is most harmful (docs/adr/0017, 0034). Injected so that a
/// host not started for the crash tests holds <see cref="NoFaultInjector"/>, which does nothing,
/// whatever the environment says.
/// </summary>
public interface IFaultInjector
{
    /// <summary>Kills the process here when this is the armed point's armed arrival.</summary>
    void Reached(string point);

    /// <summary>As <see cref="Reached"/>, and holds the armed arrival of a hang point until cancelled.</summary>
    ValueTask ReachedAsync(string point, CancellationToken cancellationToken);
}
