using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Platform.Idempotency.Tests;

/// <summary>One whole platform, on a fresh SQLite file, for the tests that send keyed POSTs to the host.</summary>
[CollectionDefinition(Name)]
public sealed class IdempotencyCollection : ICollectionFixture<PlatformFactory>
{
    public const string Name = "idempotency";
}
