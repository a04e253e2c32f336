namespace FaceRecognition.Infrastructure.Imaging.Sampling;

/// <summary>What a sampler sees past the image border.</summary>
internal enum EdgeMode
{
    /// <summary>The nearest border pixel (used by plain resizes, whose footprint is inside the image anyway).</summary>
    Clamp,

    /// <summary>Black: taps outside the image contribute nothing (used by tensor sampling, as the models expect).</summary>
    Black,
}
