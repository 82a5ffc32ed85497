using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.ArchitectureTests;

public sealed class DomainEntityTests
{
    [Fact]
    public void Domain_entities_have_no_public_setters()
    {
        var entities = Platform.Types.Where(t => t.IsSubclassOf(typeof(Entity))).ToList();
        Assert.Contains(entities, t => t.IsSubclassOf(typeof(AggregateRoot)) && !t.IsAbstract);

        ArchitectureAssert.NoViolations(entities
            .SelectMany(t => t.GetProperties().Where(p => p.SetMethod is { IsPublic: true }).Select(p => $"{t.FullName}.{p.Name}")));
    }
}
