namespace ShortVideo.HashtagSearch.Tests;

/// <summary>One running service shared by a test class; each test uses its own ids and tags.</summary>
public sealed class ServiceFixture : IAsyncLifetime
{
    public ServiceHost Service { get; private set; } = null!;

    public async Task InitializeAsync() => Service = await ServiceHost.StartAsync();

    public async Task DisposeAsync() => await Service.DisposeAsync();
}
