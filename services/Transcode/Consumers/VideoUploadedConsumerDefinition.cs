using MassTransit;
using Microsoft.Extensions.Options;

namespace ShortVideo.Transcode.Consumers;

/// <summary>Bounds the encodes one worker runs at once; the broker holds the rest for other workers.</summary>
public sealed class VideoUploadedConsumerDefinition : ConsumerDefinition<VideoUploadedConsumer>
{
    public VideoUploadedConsumerDefinition(IOptions<TranscodeOptions> options)
    {
        ConcurrentMessageLimit = Math.Max(1, options.Value.MaxConcurrentEncodes);
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<VideoUploadedConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = Math.Max(1, ConcurrentMessageLimit ?? 1);
        // An encode is expensive and its failures are decided, not transient: no immediate retries.
        consumerConfigurator.UseMessageRetry(retry => retry.None());
    }
}
