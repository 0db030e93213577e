namespace ShortVideo.SocialGraph.Tests;

/// <summary>One service per test class; every test makes its own users, so tests share it in any order.</summary>
public sealed class SocialGraphAppFixture : IDisposable
{
    public SocialGraphApp App { get; } = new();

    public void Dispose() => App.Dispose();
}
