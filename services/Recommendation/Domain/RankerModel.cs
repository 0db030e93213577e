using System.Text.Json;

namespace ShortVideo.Recommendation.Domain;

/// <summary>
/// A logistic model over <see cref="Features"/>: the probability that a served video is finished or
/// liked. The built-in weights were learned by <c>tools/ShortVideo.Evaluation --train</c> on simulated
/// logs (see docs/recommendation.md); <c>Recommendation:ModelPath</c> loads weights learned on real logs.
/// </summary>
public sealed record RankerModel(double[] Weights)
{
    /// <summary>Learned on simulated logs (seed 1, temporal split); the training run starts from <see cref="Prior"/>.</summary>
    public static RankerModel Default { get; } = new([-3.3246, 1.663, 0.8854, 0.4188, 0.3178, 0.1811, 0.0006, 0.0009, 1.7484, 0.4025, 0.1389]);

    /// <summary>Hand-set starting weights for training: interest first, then co-engagement, quality and freshness.</summary>
    public static RankerModel Prior { get; } = new([-2.0, 2.5, 1.0, 1.5, 1.0, 2.0, 1.0, 1.0, 1.0, 0.5, 0.5]);

    public double Score(double[] features)
    {
        var z = 0.0;
        for (var i = 0; i < features.Length; i++) z += Weights[i] * features[i];
        return 1 / (1 + Math.Exp(-z));
    }

    public static RankerModel Load(string path)
    {
        var weights = JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(path))
            ?? throw new InvalidDataException($"{path} holds no weights.");
        return new RankerModel(Features.Names.Select(n => weights.TryGetValue(n, out var w) ? w : throw new InvalidDataException($"{path} lacks the weight '{n}'.")).ToArray());
    }

    public void Save(string path) =>
        File.WriteAllText(path, JsonSerializer.Serialize(Features.Names.Zip(Weights).ToDictionary(p => p.First, p => Math.Round(p.Second, 4)), new JsonSerializerOptions { WriteIndented = true }));
}
