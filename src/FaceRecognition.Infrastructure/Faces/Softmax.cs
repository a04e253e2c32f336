namespace FaceRecognition.Infrastructure.Faces;

/// <summary>Numerically stable softmax (the maximum is subtracted before exponentiating).</summary>
public static class Softmax
{
    public static double[] Of(ReadOnlySpan<float> logits)
    {
        if (logits.IsEmpty)
        {
            throw new ArgumentException("Softmax of nothing is undefined.", nameof(logits));
        }

        var max = double.NegativeInfinity;
        foreach (var v in logits)
        {
            max = Math.Max(max, v);
        }

        var result = new double[logits.Length];
        double sum = 0;
        for (var i = 0; i < logits.Length; i++)
        {
            result[i] = Math.Exp(logits[i] - max);
            sum += result[i];
        }

        for (var i = 0; i < result.Length; i++)
        {
            result[i] /= sum;
        }

        return result;
    }
}
