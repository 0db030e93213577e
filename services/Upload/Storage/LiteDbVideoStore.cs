using ShortVideo.ServiceDefaults.Http;
using LiteDB;
using ShortVideo.Contracts;
using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.Upload.Storage;

public sealed class LiteDbVideoStore : IVideoStore
{
    private const string Videos = "videos";
    private readonly LiteDbDatabase _db;

    public LiteDbVideoStore(LiteDbDatabase db)
    {
        _db = db;
        var videos = db.Collection<VideoRecord>(Videos);
        videos.EnsureIndex(v => v.CreatorHandle);
        videos.EnsureIndex(v => v.CreatedAt);
    }

    public void Create(VideoRecord video, VideoUploaded uploaded) => _db.Write(t =>
    {
        t.Collection<VideoRecord>(Videos).Insert(video);
        t.Publish(uploaded);
    });

    public VideoRecord? Find(string id) => _db.Collection<VideoRecord>(Videos).FindById(id);

    public IReadOnlyList<VideoRecord> ReadyByCreator(string handle, (DateTime CreatedAt, string Id)? after, int limit)
    {
        var query = _db.Collection<VideoRecord>(Videos).Query()
            .Where(v => v.CreatorHandle == handle && v.Status == VideoStatus.Ready);
        if (after is var (createdAt, _)) query = query.Where(v => v.CreatedAt <= createdAt);
        return Paging.After(query.OrderByDescending(v => v.CreatedAt).Limit(limit + Paging.TieSlack).ToList(), v => v.CreatedAt, v => v.Id, after, limit);
    }

    public bool MarkReady(string id, VideoTranscoded transcoded, SoundRecord? originalSound, Func<VideoRecord, VideoPublished> card) => _db.Write(t =>
    {
        var videos = t.Collection<VideoRecord>(Videos);
        if (videos.FindById(id) is not { Status: VideoStatus.Processing } video) return false;
        video.Status = VideoStatus.Ready;
        video.DurationMs = transcoded.DurationMs;
        video.Width = transcoded.Width;
        video.Height = transcoded.Height;
        video.MasterPlaylistPath = transcoded.MasterPlaylistPath;
        video.PosterPath = transcoded.PosterPath;
        video.Renditions = transcoded.Renditions
            .Select(r => new RenditionRecord { Width = r.Width, Height = r.Height, Bandwidth = r.Bandwidth, PlaylistPath = r.PlaylistPath })
            .ToList();
        video.ReadyAt = transcoded.TranscodedAt.UtcDateTime;
        video.PreviewPath = transcoded.PreviewPath;
        video.Progress = null;
        if (originalSound is not null && video.SoundId is null)
        {
            t.Collection<SoundRecord>("sounds").Upsert(originalSound);
            (video.SoundId, video.SoundTitle) = (originalSound.Id, originalSound.Title);
        }
        videos.Update(video);
        t.Publish(card(video));
        return true;
    });

    public bool MarkFailed(string id, string reason) => _db.Write(t =>
    {
        var videos = t.Collection<VideoRecord>(Videos);
        if (videos.FindById(id) is not { Status: VideoStatus.Processing } video) return false;
        video.Status = VideoStatus.Failed;
        video.FailureReason = reason;
        videos.Update(video);
        return true;
    });

    public void SetProgress(string id, double progress) => _db.Write(t =>
    {
        var videos = t.Collection<VideoRecord>(Videos);
        // Progress only moves forward, and only while processing: a late report changes nothing.
        if (videos.FindById(id) is { Status: VideoStatus.Processing } video && progress > (video.Progress ?? 0))
        {
            video.Progress = progress;
            videos.Update(video);
        }
    });

    public void Delete(string id, VideoDeleted deleted) => _db.Write(t =>
    {
        if (t.Collection<VideoRecord>(Videos).Delete(id)) t.Publish(deleted);
    });

    public void SetLikes(string id, long likes) => _db.Write(t =>
    {
        var videos = t.Collection<VideoRecord>(Videos);
        if (videos.FindById(id) is { } video)
        {
            video.Likes = likes;
            videos.Update(video);
        }
    });
}
