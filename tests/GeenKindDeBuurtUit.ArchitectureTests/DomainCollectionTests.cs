namespace GeenKindDeBuurtUit.ArchitectureTests;

/// <summary>An aggregate guards its collections: outside code reads them, only the aggregate's methods change them (docs/adr/0038).</summary>
public sealed class DomainCollectionTests
{
    private static readonly Type[] Mutable =
    [
        typeof(List<>), typeof(IList<>), typeof(ICollection<>), typeof(HashSet<>), typeof(ISet<>),
        typeof(Dictionary<,>), typeof(IDictionary<,>), typeof(Queue<>), typeof(Stack<>),
    ];

    [Fact]
    public void Domain_types_expose_no_mutable_collection()
    {
        var domain = Platform.Types.Where(t => !t.Name.Contains('<', StringComparison.Ordinal) && t.Namespace is { } ns && (ns.EndsWith(".Domain", StringComparison.Ordinal) || ns.Contains(".Domain.", StringComparison.Ordinal))).ToList();
        Assert.Contains(domain, t => t.Namespace!.StartsWith("GeenKindDeBuurtUit.SupportCases.Domain", StringComparison.Ordinal));

        ArchitectureAssert.NoViolations(domain
            .SelectMany(t => t.GetProperties().Where(p => p.GetMethod is { IsPublic: true } && IsMutable(p.PropertyType))
                .Select(p => $"{t.FullName}.{p.Name} is a public {p.PropertyType.Name}; expose an IReadOnlyList or IReadOnlyCollection over a private field")));
    }

    private static bool IsMutable(Type type) =>
        type.IsArray || (type.IsGenericType && Mutable.Contains(type.GetGenericTypeDefinition()));
}
