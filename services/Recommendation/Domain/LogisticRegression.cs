namespace ShortVideo.Recommendation.Domain;

/// <summary>
/// Learns <see cref="RankerModel"/> weights from logged (features, engaged) pairs by stochastic
/// gradient descent with L2. Every weight but the bias is kept at or above zero (projected SGD): more
/// interest, more co-engagement or a better completion rate must never lower a score. Logged exposure
/// confounds quality with popularity (a much-shown video collects skips), and an unconstrained fit
/// learns "prefer videos people skip", which serves clickbait to new users.
/// </summary>
public static class LogisticRegression
{
    public static RankerModel Train(IReadOnlyList<(double[] Features, bool Engaged)> samples, int epochs = 30, double rate = 0.05, double l2 = 1e-4, int seed = 7)
    {
        var weights = (double[])RankerModel.Prior.Weights.Clone();
        var order = Enumerable.Range(0, samples.Count).ToArray();
        var random = new Random(seed);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            var step = rate / (1 + epoch * 0.2);
            foreach (var i in order)
            {
                var (x, y) = samples[i];
                var error = new RankerModel(weights).Score(x) - (y ? 1 : 0);
                for (var j = 0; j < weights.Length; j++) weights[j] -= step * (error * x[j] + l2 * weights[j]);
                for (var j = 1; j < weights.Length; j++) weights[j] = Math.Max(0, weights[j]);
            }
        }
        return new RankerModel(weights);
    }

    public static double LogLoss(RankerModel model, IReadOnlyList<(double[] Features, bool Engaged)> samples) =>
        samples.Average(s => -Math.Log(Math.Clamp(s.Engaged ? model.Score(s.Features) : 1 - model.Score(s.Features), 1e-9, 1)));
}
