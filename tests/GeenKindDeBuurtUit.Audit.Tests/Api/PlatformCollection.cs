using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Audit.Tests.Api;

/// <summary>
/// One platform for every HTTP test here (Hangfire's configuration is static). The tests share
/// one chain: a test that tampers with it puts every row back before it ends.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFactory>
{
    public const string Name = "platform";
}
