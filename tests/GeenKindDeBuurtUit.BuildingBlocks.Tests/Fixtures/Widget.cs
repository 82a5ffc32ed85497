using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.BuildingBlocks.Tests.Fixtures;

/// <summary>A tiny aggregate of the test module: a name that must be unique.</summary>
public sealed class Widget : AggregateRoot
{
    private Widget()
    {
        Name = string.Empty;
    }

    public Widget(Guid id, string name)
    {
        Id = id;
        Name = name;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public void Rename(string name) => Name = name;

    /// <summary>A change to a child would raise an event like this one without touching the root's columns.</summary>
    public void Inspect() => Raise(new WidgetInspected(Id));
}

public sealed record WidgetInspected(Guid WidgetId) : IDomainEvent;

/// <summary>What a receiving handler did: one row per handled event.</summary>
public sealed class Effect
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid EventId { get; init; }
}
