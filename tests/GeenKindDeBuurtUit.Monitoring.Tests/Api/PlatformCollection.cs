using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Monitoring.Tests.Api;

/// <summary>
/// One platform for every HTTP test here (Hangfire's configuration is static). Tests share its
/// database, so each test class works in school years of its own and ends what it starts.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFactory>
{
    public const string Name = "platform";
}
