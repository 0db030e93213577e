namespace ShortVideo.Recommendation.Domain;

/// <summary>A weight that halves every half-life without new signals; stored with the time it was last set.</summary>
public sealed class Interest
{
    public double Weight { get; set; }

    public DateTime At { get; set; }

    public double ValueAt(DateTime now, TimeSpan halfLife) => Weight * Decay.Factor(now - At, halfLife);

    public void Add(double delta, DateTime now, TimeSpan halfLife)
    {
        Weight = ValueAt(now, halfLife) + delta;
        At = now > At ? now : At;
    }
}
