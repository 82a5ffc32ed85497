using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.Neighbourhoods.Domain;

/// <summary>An area (gebied, wijk): Osdorp, Bos en Lommer.</summary>
public sealed class Area : AggregateRoot
{
    private Area()
    {
        Name = string.Empty;
    }

    public Area(Guid id, string name)
    {
        Id = id;
        Name = name;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }
}
