namespace ShortVideo.Recommendation.Domain;

/// <summary>
/// One For You page: candidates from every source, the filters (seen within the window, blocked
/// either way, not interested, the user's own, already served in this session, deleted since a
/// cached list was taken), the learned score, then mixing. Unfinished videos never reach the catalogue.
/// </summary>
public sealed class ForYouFeed(Catalog catalog, CandidateSources sources, Func<RankerModel> model, RecommendationOptions options)
{
    public sealed record Page(List<Candidate> Items, int Candidates);

    public Page Next(UserProfile? user, IReadOnlySet<string> served, string? lastCreator, int size, DateTime now)
    {
        var personal = sources.Personal(user, now, options.InterestHalfLife);
        var offered = new HashSet<string>(personal.Select(c => c.Video.Id), StringComparer.Ordinal);
        var ranked = personal.Concat(sources.Trending(now).Where(c => offered.Add(c.Video.Id))).Where(Allowed).ToList();
        var exploration = sources.Fresh(options.ExplorationMaxViews).Where(c => !offered.Contains(c.Video.Id) && Allowed(c)).ToList();
        var scorer = model();
        foreach (var candidate in ranked.Concat(exploration))
        {
            candidate.Score = scorer.Score(Features.Of(user, candidate.Video, candidate.CoEngagement, catalog, now, options.InterestHalfLife, options.FreshnessHalfLife));
        }
        var candidates = ranked.Count + exploration.Count;
        return new Page(FeedMixer.Mix(ranked, exploration, size, options.ExplorationShare, lastCreator), candidates);

        bool Allowed(Candidate c) =>
            !served.Contains(c.Video.Id) && catalog.Holds(c.Video)
            && (user is null || (c.Video.CreatorId != user.UserId && !user.Hides(c.Video.CreatorId) && !user.HasSeen(c.Video.Id, now, options.SeenWindow)));
    }
}
