using ShortVideo.Recommendation.State;

namespace ShortVideo.Recommendation.Tests.State;

public sealed class InMemoryHotStateStoreTests : HotStateContract
{
    protected override IHotStateStore Store { get; } = new InMemoryHotStateStore(TimeProvider.System);
}
