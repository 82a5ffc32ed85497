namespace GeenKindDeBuurtUit.BuildingBlocks.Infrastructure.Faults;

/// <summary>A point the environment may arm, registered by whoever owns the code it sits in (<see cref="FaultPointRegistration.AddFaultPoint"/>).</summary>
public sealed record FaultPoint(string Name);
