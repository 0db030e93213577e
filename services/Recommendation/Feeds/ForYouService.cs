using System.Diagnostics;
using Microsoft.Extensions.Options;
using ShortVideo.Recommendation.Domain;
using ShortVideo.Recommendation.State;
using ShortVideo.Recommendation.Storage;
using ShortVideo.ServiceDefaults.Http;

namespace ShortVideo.Recommendation.Feeds;

/// <summary>
/// Serves For You pages within sessions: a page asked for again comes back the same, the next
/// page is built at the moment it is asked for (so it reflects every event consumed until then),
/// and a cursor can only ask for a page already built or the one after it. The session is stored
/// from the second page on; the first page travels in its cursor (<see cref="SessionCursor"/>).
/// </summary>
public sealed class ForYouService(
    ForYouFeed feed, Catalog catalog, StateDocuments documents, FeedMetrics metrics, TimeProvider clock, IOptions<RecommendationOptions> options)
{
    public sealed record Result(IReadOnlyList<(FeedVideo Video, FeedReason Reason)> Items, string? NextCursor);

    /// <summary>The page, or null when the cursor is not one this service issued to this viewer (or is expired).</summary>
    public async Task<Result?> PageAsync(Viewer viewer, SessionCursor cursor, int size, CancellationToken cancellationToken = default)
    {
        var profileKey = viewer.ProfileKey;
        if (cursor.Page == 0) return await FirstPageAsync(viewer, cursor, size, cancellationToken);
        for (var attempt = 1; attempt <= StateDocuments.MaxAttempts; attempt++)
        {
            var key = $"session:{cursor.SessionId}";
            var found = await documents.GetManyAsync(profileKey is null ? [key] : [key, profileKey], cancellationToken);
            var (session, etag) = StateDocuments.Read<FeedSession>(found.GetValueOrDefault(key));
            if (session is null)
            {
                // The second page opens the stored session, from the first page its cursor carries.
                if (cursor.Carried is not { } first || first.Viewer != SessionCursor.ViewerTag(viewer)) return null;
                session = new FeedSession
                {
                    UserId = viewer.UserId, VisitorId = viewer.VisitorId, Pages = [[.. first.Ids.Select(id => new ServedItem(id, "", ""))]],
                    Served = [.. first.Ids], LastCreator = first.LastCreator,
                };
            }
            if (session.UserId != viewer.UserId || session.VisitorId != viewer.VisitorId || cursor.Page > session.Pages.Count) return null;
            if (cursor.Page < session.Pages.Count) return Replay(session.Pages[cursor.Page], cursor);

            var profile = profileKey is null ? null : StateDocuments.Read<UserProfile>(found.GetValueOrDefault(profileKey)).Value ?? viewer.NewProfile();
            var built = Build(profile, session, size);
            if (await documents.TrySaveAsync(key, session, etag, options.Value.SessionLifetime, cancellationToken))
            {
                return new Result(built.Select(c => (c.Video, c.Reason)).ToList(), built.Count == 0 ? null : cursor.NextPage.Encode());
            }
        }
        throw new InvalidOperationException($"Session {cursor.SessionId} kept changing while page {cursor.Page} was built.");
    }

    /// <summary>
    /// A first page is built and not stored: its cursor carries it to the second page, which stores the session.
    /// So a first page asked for and left (by a reader who never scrolls, or a bot) costs no state.
    /// </summary>
    private async Task<Result> FirstPageAsync(Viewer viewer, SessionCursor cursor, int size, CancellationToken cancellationToken)
    {
        var profile = viewer.ProfileKey is { } profileKey
            ? (await documents.GetAsync<UserProfile>(profileKey, cancellationToken)).Value ?? viewer.NewProfile()
            : null;
        var built = Build(profile, new FeedSession(), size);
        var next = built.Count == 0 ? null : cursor.After(new SessionCursor.FirstPage([.. built.Select(c => c.Video.Id)], built[^1].Video.CreatorId, SessionCursor.ViewerTag(viewer))).Encode();
        return new Result(built.Select(c => (c.Video, c.Reason)).ToList(), next);
    }

    private List<Candidate> Build(UserProfile? profile, FeedSession session, int size)
    {
        var started = Stopwatch.GetTimestamp();
        var page = feed.Next(profile, session.Served, session.LastCreator, size, clock.GetUtcNow().UtcDateTime);
        session.Pages.Add(page.Items.Select(c => new ServedItem(c.Video.Id, c.Source, c.Detail)).ToList());
        session.Served.UnionWith(page.Items.Select(c => c.Video.Id));
        if (page.Items.Count > 0) session.LastCreator = page.Items[^1].Video.CreatorId;
        metrics.Ranked(page.Candidates, Stopwatch.GetElapsedTime(started));
        return page.Items;
    }

    /// <summary>A page asked for again: the same videos with the same reasons, less any deleted since.</summary>
    private Result Replay(List<ServedItem> served, SessionCursor cursor) =>
        new(served.Select(s => (Video: catalog.Find(s.Id), Reason: new FeedReason(s.Source, s.Detail))).Where(s => s.Video is not null).Select(s => (s.Video!, s.Reason)).ToList(),
            served.Count == 0 ? null : cursor.NextPage.Encode());
}
