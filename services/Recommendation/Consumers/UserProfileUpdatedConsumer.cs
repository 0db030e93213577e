using MassTransit;
using ShortVideo.Contracts;
using ShortVideo.Recommendation.Domain;

namespace ShortVideo.Recommendation.Consumers;

/// <summary>A creator renamed: their cards in every feed show the new handle and display name. Every replica hears it.</summary>
public sealed class UserProfileUpdatedConsumer(Catalog catalog) : IConsumer<UserProfileUpdated>
{
    public Task Consume(ConsumeContext<UserProfileUpdated> context)
    {
        var e = context.Message;
        catalog.RenameCreator(e.UserId, e.Handle, e.DisplayName, e.UpdatedAt.UtcDateTime);
        return Task.CompletedTask;
    }
}
