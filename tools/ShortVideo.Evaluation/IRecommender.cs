namespace ShortVideo.Evaluation;

/// <summary>A recommender under evaluation: fitted on the training interactions, it ranks the whole catalogue for a user.</summary>
public interface IRecommender
{
    string Name { get; }

    void Fit(IReadOnlyList<Interaction> train, IReadOnlyCollection<string> catalogue);

    /// <summary>The user's top <paramref name="k"/> items, excluding what they interacted with in training.</summary>
    IReadOnlyList<string> Recommend(string user, int k);
}
