using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.CollectiveBudget.Tests.Support;

/// <summary>One platform for every HTTP test: Hangfire's configuration is static, so two hosts at once would run each other's jobs.</summary>
[CollectionDefinition("platform")]
public sealed class PlatformCollection : ICollectionFixture<PlatformFactory>;
