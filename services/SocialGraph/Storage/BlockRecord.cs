namespace ShortVideo.SocialGraph.Storage;

/// <summary>One block; its id is "{blocker}>{blocked}".</summary>
public sealed class BlockRecord
{
    public string Id { get; set; } = "";

    public string BlockerId { get; set; } = "";

    public string BlockedId { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public static string IdOf(string blockerId, string blockedId) => $"{blockerId}>{blockedId}";
}
