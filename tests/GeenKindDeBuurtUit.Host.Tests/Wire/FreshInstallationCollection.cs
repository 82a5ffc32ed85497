using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.Host.Tests.Wire;

/// <summary>
/// A platform of its own, as a new installation has it: the document's examples are tried there,
/// and what they create (an area, a board, a school in a pilot cluster) stays out of the counts the
/// other collections assert. Collections in this assembly run one after another (AssemblyInfo.cs).
/// </summary>
[CollectionDefinition(Name)]
public sealed class FreshInstallationCollection : ICollectionFixture<PlatformFactory>
{
    public const string Name = "fresh installation";
}
