using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Host.Tests.Security;

/// <summary>
/// The security tests get a platform of their own: the matrix registers schools and closes budget
/// years, and the pilot's clusters have only three free places, which the host collection's tests
/// already take. Collections in this assembly run one after another (see AssemblyInfo.cs), so
/// the two platforms, which share Hangfire's static configuration, are never alive at once.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SecurityCollection : ICollectionFixture<PlatformFactory>
{
    public const string Name = "security";
}
