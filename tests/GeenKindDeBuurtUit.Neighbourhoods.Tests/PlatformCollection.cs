using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Neighbourhoods.Tests;

/// <summary>One platform for the assembly: Hangfire's configuration is static.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFactory>
{
    public const string Name = "platform";
}
