namespace GeenKindDeBuurtUit.ArchitectureTests;

/// <summary>An aggregate changes its collections through its own methods, where its rules are checked (docs/adr/0038).</summary>
public sealed class ReadOnlyDomainCollectionsTests
{
    private static readonly Type[] MutableCollections =
        [typeof(List<>), typeof(IList<>), typeof(ICollection<>), typeof(HashSet<>), typeof(ISet<>), typeof(Dictionary<,>), typeof(IDictionary<,>)];

    public static TheoryData<string> Modules => new(Platform.Modules);

    [Theory]
    [MemberData(nameof(Modules))]
    public void Domain_types_expose_no_public_mutable_collections(string module)
    {
        var domainTypes = Platform.OfModule(module).SelectMany(a => a.GetTypes())
            .Where(t => t.Namespace?.StartsWith($"{Platform.Prefix}.{module}.Domain", StringComparison.Ordinal) == true)
            .ToList();

        ArchitectureAssert.NoViolations(domainTypes
            .SelectMany(t => t.GetProperties().Where(p => p.GetMethod is { IsPublic: true } && IsMutableCollection(p.PropertyType))
                .Select(p => $"{t.FullName}.{p.Name} is a public {p.PropertyType.Name}")));
    }

    private static bool IsMutableCollection(Type type) =>
        type.IsGenericType && MutableCollections.Contains(type.GetGenericTypeDefinition());
}
