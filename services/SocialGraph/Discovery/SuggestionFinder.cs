using System.Diagnostics;
using Microsoft.Extensions.Options;
using ShortVideo.SocialGraph.Domain;
using ShortVideo.SocialGraph.Storage;

namespace ShortVideo.SocialGraph.Discovery;

/// <summary>
/// People to follow, from bounded samples so the work is the same on any graph: the followees of the
/// user's most recent followees (mutual connections), the creators and co-likers of what the user
/// recently liked or saved (shared interests), and followers not followed back. Never the user, someone
/// already followed, or anyone blocked either way.
/// </summary>
public sealed class SuggestionFinder(IGraphStore graph, IEngagementStore engagement, IAccountStore accounts, IOptions<SocialGraphOptions> options, SocialGraphMetrics metrics)
{
    public sealed record Suggestion(UserRecord User, int MutualCount, int InterestCount, bool FollowsYou);

    public IReadOnlyList<Suggestion> Find(UserRecord me, int skip, int take)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = SocialGraphMetrics.Source.StartActivity("suggestions");
        var scores = new SuggestionScores();
        var fanOut = options.Value.SuggestionFanOut;
        foreach (var followee in graph.Edges(me.Seq, incoming: false, null, fanOut))
        {
            foreach (var candidate in graph.Edges(followee.Seq, incoming: false, null, fanOut)) scores.AddMutual(candidate.Seq);
        }
        foreach (var follower in graph.Edges(me.Seq, incoming: true, null, fanOut)) scores.AddFollowsYou(follower.Seq);
        AddInterests(me, scores);

        var hidden = graph.HiddenFrom(me.Id);
        // Enough candidates that, once the hidden are dropped, the page is still full; their users load in one query.
        var picked = scores.Ranked()
            .Where(s => s.UserSeq != me.Seq && !graph.IsFollowing(me.Seq, s.UserSeq))
            .Take(skip + take + hidden.Count)
            .ToList();
        var users = accounts.FindBySeqs(picked.Select(s => s.UserSeq).ToList()).ToDictionary(u => u.Seq);
        var found = picked
            .Where(s => users.TryGetValue(s.UserSeq, out var user) && !hidden.Contains(user.Id))
            .Select(s => new Suggestion(users[s.UserSeq], s.Mutual, s.Interest, s.FollowsYou))
            .Take(skip + take)
            .ToList();
        metrics.Suggested(Stopwatch.GetElapsedTime(started));
        return found.Skip(skip).ToList();
    }

    private void AddInterests(UserRecord me, SuggestionScores scores)
    {
        var recent = options.Value.SuggestionInterestLikes;
        var videos = engagement.ByUser(me.Id, saves: false, null, recent).Concat(engagement.ByUser(me.Id, saves: true, null, recent))
            .Select(l => l.VideoId).Distinct();
        var people = new List<string>();
        foreach (var videoId in videos)
        {
            if (engagement.FindVideo(videoId) is { } video) people.Add(video.CreatorId);
            people.AddRange(engagement.RecentLikers(videoId, recent).Select(l => l.UserId));
        }
        foreach (var person in people)
        {
            if (accounts.FindById(person) is { } user) scores.AddInterest(user.Seq);
        }
    }
}
