using ShortVideo.Testing;

namespace ShortVideo.EndToEnd.Tests;

[CollectionDefinition(Name)]
public sealed class BrokerCollection : ICollectionFixture<BrokerFixture>
{
    public const string Name = "broker";
}
