using System.Reflection;
using System.Runtime.CompilerServices;
using GeenKindDeBuurtUit.BuildingBlocks.IntegrationEvents;

namespace GeenKindDeBuurtUit.ArchitectureTests;

public sealed class IntegrationEventShapeTests
{
    private static readonly HashSet<Type> Primitives =
    [
        typeof(Guid), typeof(string), typeof(bool), typeof(int), typeof(long), typeof(decimal), typeof(double),
        typeof(DateOnly), typeof(DateTimeOffset), typeof(DateTime), typeof(TimeSpan),
    ];

    [Fact]
    public void Integration_events_are_immutable_records_of_primitives()
    {
        var events = Platform.Types.Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(IntegrationEvent))).ToList();
        Assert.True(events.Count >= 2, $"expected at least the Neighbourhoods events, found {events.Count}");

        ArchitectureAssert.NoViolations(events.SelectMany(Violations));
    }

    private static IEnumerable<string> Violations(Type type)
    {
        if (!type.IsSealed)
        {
            yield return $"{type.FullName} is not sealed";
        }

        if (type.GetMethod("<Clone>$") is null)
        {
            yield return $"{type.FullName} is not a record";
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetSetMethod(nonPublic: true) is { } setter && !IsInitOnly(setter))
            {
                yield return $"{type.FullName}.{property.Name} has a setter that is not init";
            }

            if (!IsPrimitiveOrListOfPrimitives(property.PropertyType))
            {
                yield return $"{type.FullName}.{property.Name} is a {property.PropertyType.Name}, not a primitive";
            }
        }
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsPrimitiveOrListOfPrimitives(Type type) =>
        IsPrimitive(type)
        || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) && IsPrimitive(type.GetGenericArguments()[0]));

    private static bool IsPrimitive(Type type) => Primitives.Contains(Nullable.GetUnderlyingType(type) ?? type);
}
