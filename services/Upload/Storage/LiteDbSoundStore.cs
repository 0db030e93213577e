using ShortVideo.ServiceDefaults.Http;
using ShortVideo.ServiceDefaults.Storage;

namespace ShortVideo.Upload.Storage;

public sealed class LiteDbSoundStore : ISoundStore
{
    private const string Sounds = "sounds";
    private const string VideoCollection = "videos";
    private readonly LiteDbDatabase _db;

    public LiteDbSoundStore(LiteDbDatabase db)
    {
        _db = db;
        db.Collection<SoundRecord>(Sounds).EnsureIndex(s => s.SourceVideoId);
        db.Collection<VideoRecord>(VideoCollection).EnsureIndex(v => v.SoundId);
    }

    public void Add(SoundRecord sound) => _db.Write(t => t.Collection<SoundRecord>(Sounds).Upsert(sound));

    public SoundRecord? Find(string id) => _db.Collection<SoundRecord>(Sounds).FindById(id);

    public SoundRecord? FromVideo(string videoId) => _db.Collection<SoundRecord>(Sounds).FindOne(s => s.SourceVideoId == videoId);

    public bool InUse(string soundId) => _db.Collection<VideoRecord>(VideoCollection).Exists(v => v.SoundId == soundId && v.Status != VideoStatus.Failed);

    public void Delete(string id) => _db.Write(t => t.Collection<SoundRecord>(Sounds).Delete(id));

    public long VideoCount(string soundId) =>
        _db.Collection<VideoRecord>(VideoCollection).LongCount(v => v.SoundId == soundId && v.Status == VideoStatus.Ready);

    public IReadOnlyList<VideoRecord> Videos(string soundId, (DateTime CreatedAt, string Id)? after, int limit)
    {
        var query = _db.Collection<VideoRecord>(VideoCollection).Query().Where(v => v.SoundId == soundId && v.Status == VideoStatus.Ready);
        if (after is var (createdAt, _)) query = query.Where(v => v.CreatedAt <= createdAt);
        return Paging.After(query.OrderByDescending(v => v.CreatedAt).Limit(limit + Paging.TieSlack).ToList(), v => v.CreatedAt, v => v.Id, after, limit);
    }
}
