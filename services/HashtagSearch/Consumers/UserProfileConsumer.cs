using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.HashtagSearch.Discovery;

namespace ShortVideo.HashtagSearch.Consumers;

/// <summary>Users are searchable by handle and name from registration on, and their cards follow profile changes.</summary>
public sealed class UserProfileConsumer(DiscoveryWriter writer) : IConsumer<UserRegistered>, IConsumer<UserProfileUpdated>
{
    public Task Consume(ConsumeContext<UserRegistered> context)
    {
        var user = context.Message;
        writer.User(user.UserId, user.Handle, user.DisplayName, user.RegisteredAt);
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<UserProfileUpdated> context)
    {
        var user = context.Message;
        writer.User(user.UserId, user.Handle, user.DisplayName, user.UpdatedAt);
        return Task.CompletedTask;
    }
}
