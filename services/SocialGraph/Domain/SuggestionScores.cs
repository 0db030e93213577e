namespace ShortVideo.SocialGraph.Domain;

/// <summary>
/// Ranks people to suggest: first by mutual connections (people you follow who follow them), then by
/// shared interests (you liked or saved their videos, or liked the same videos), then whether they follow you.
/// </summary>
public sealed class SuggestionScores
{
    private readonly Dictionary<int, Score> _scores = [];

    public void AddMutual(int userSeq) => Get(userSeq).Mutual++;

    public void AddInterest(int userSeq) => Get(userSeq).Interest++;

    public void AddFollowsYou(int userSeq) => Get(userSeq).FollowsYou = true;

    public IEnumerable<(int UserSeq, int Mutual, int Interest, bool FollowsYou)> Ranked() =>
        _scores
            .OrderByDescending(s => s.Value.Mutual)
            .ThenByDescending(s => s.Value.Interest)
            .ThenByDescending(s => s.Value.FollowsYou)
            .ThenBy(s => s.Key)
            .Select(s => (s.Key, s.Value.Mutual, s.Value.Interest, s.Value.FollowsYou));

    private Score Get(int userSeq)
    {
        if (!_scores.TryGetValue(userSeq, out var score)) _scores[userSeq] = score = new Score();
        return score;
    }

    private sealed class Score
    {
        public int Mutual { get; set; }

        public int Interest { get; set; }

        public bool FollowsYou { get; set; }
    }
}
