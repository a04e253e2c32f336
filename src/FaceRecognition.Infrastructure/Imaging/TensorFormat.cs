namespace FaceRecognition.Infrastructure.Imaging;

/// <summary>How 0–255 channel values become tensor values: value = (v - Mean) * Scale, planes in <see cref="Order"/>.</summary>
public readonly record struct TensorFormat(PixelOrder Order, float Mean, float Scale)
{
    public int Channels => Order == PixelOrder.Grey ? 1 : 3;
}
