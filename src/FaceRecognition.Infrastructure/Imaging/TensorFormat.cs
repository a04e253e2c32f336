namespace FaceRecognition.Infrastructure.Imaging;

/// <summary>
/// How 0–255 pixel values become a model's input: planes in <see cref="Order"/>, and tensor plane p holds
/// (v − Means[p]) · Scales[p].
/// </summary>
public sealed class TensorFormat
{
    private static readonly float[] ImageNetMean = [0.485f, 0.456f, 0.406f];
    private static readonly float[] ImageNetStd = [0.229f, 0.224f, 0.225f];

    /// <summary>One mean and scale for every plane.</summary>
    public TensorFormat(PixelOrder order, float mean, float scale)
        : this(order, [mean, mean, mean], [scale, scale, scale])
    {
    }

    private TensorFormat(PixelOrder order, float[] means, float[] scales)
    {
        Order = order;
        Means = means;
        Scales = scales;
    }

    public PixelOrder Order { get; }

    public IReadOnlyList<float> Means { get; }

    public IReadOnlyList<float> Scales { get; }

    public int Channels => Order == PixelOrder.Grey ? 1 : 3;

    /// <summary>
    /// The ImageNet statistics, (v/255 − mean_p)/std_p with mean and std taken by plane index p in R, G, B order
    /// whatever <paramref name="order"/> is: how the SSR-Net and pose models were fed (docs/models.md).
    /// </summary>
    public static TensorFormat ImageNet(PixelOrder order) => new(
        order,
        [.. ImageNetMean.Select(m => m * 255f)],
        [.. ImageNetStd.Select(s => 1f / (255f * s))]);
}
