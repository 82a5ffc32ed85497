namespace GeenKindDeBuurtUit.Facilities.Tests.Api;

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFactory>
{
    public const string Name = "platform";
}
