using System.Globalization;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Errors;
using GeenKindDeBuurtUit.BuildingBlocks.Domain;

namespace GeenKindDeBuurtUit.BuildingBlocks.Application.Persistence;

/// <summary>Compares a client's <c>If-Match</c> with an aggregate's version before a change.</summary>
public static class ConcurrencyCheck
{
    public static string VersionOf(AggregateRoot aggregate) => aggregate.Version.ToString(CultureInfo.InvariantCulture);

    public static void EnsureMatches(AggregateRoot aggregate, string? expectedVersion, string resource)
    {
        if (expectedVersion is null)
        {
            return;
        }

        var actual = VersionOf(aggregate);
        if (expectedVersion != actual)
        {
            throw new PreconditionFailedException(resource, expectedVersion, actual);
        }
    }
}
