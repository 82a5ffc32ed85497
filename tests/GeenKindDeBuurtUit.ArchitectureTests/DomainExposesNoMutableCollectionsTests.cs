using System.Reflection;

namespace GeenKindDeBuurtUit.ArchitectureTests;

/// <summary>
/// An aggregate changes its collections through its own methods only: its lists are private and
/// shown as read-only views, so no caller can add to them past the rules.
/// </summary>
public sealed class DomainExposesNoMutableCollectionsTests
{
    private static readonly Type[] Mutable =
        [typeof(List<>), typeof(IList<>), typeof(ICollection<>), typeof(HashSet<>), typeof(ISet<>), typeof(Dictionary<,>), typeof(IDictionary<,>)];

    [Theory]
    [InlineData("ExpertisePool")]
    [InlineData("CollectiveBudget")]
    public void Domain_types_expose_no_mutable_collections(string module)
    {
        var domain = Platform.OfModule(module).SelectMany(a => a.GetExportedTypes())
            .Where(t => t.Namespace is { } ns && ns.Contains(".Domain", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(domain);

        ArchitectureAssert.NoViolations(domain.SelectMany(t =>
            t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(p => IsMutable(p.PropertyType)).Select(p => $"{t.FullName}.{p.Name}")
                .Concat(t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(f => IsMutable(f.FieldType)).Select(f => $"{t.FullName}.{f.Name}"))));
    }

    private static bool IsMutable(Type type) => type.IsGenericType && Mutable.Contains(type.GetGenericTypeDefinition());
}
