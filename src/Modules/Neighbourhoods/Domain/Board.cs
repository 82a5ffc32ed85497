using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.Neighbourhoods.Domain;

/// <summary>A school board (schoolbestuur): the legal owner of schools.</summary>
public sealed class Board : AggregateRoot
{
    private Board()
    {
        Name = string.Empty;
    }

    public Board(Guid id, string name)
    {
        Id = id;
        Name = name;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }
}
