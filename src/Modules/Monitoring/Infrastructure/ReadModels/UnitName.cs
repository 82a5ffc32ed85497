using GeenKindDeBuurtUit.Monitoring.Domain;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;

/// <summary>The name of an area, cluster or school, from Neighbourhoods' events; a late older event does not rename it back.</summary>
internal sealed class UnitName
{
    private UnitName()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public UnitLevel Level { get; private set; }

    public string Name { get; private set; }

    public DateTime AsOf { get; private set; }

    public static UnitName Create(Guid id, UnitLevel level, string name, DateTime asOf) => new() { Id = id, Level = level, Name = name, AsOf = asOf };

    public void Rename(string name, DateTime asOf)
    {
        if (asOf >= AsOf)
        {
            (Name, AsOf) = (name, asOf);
        }
    }
}
