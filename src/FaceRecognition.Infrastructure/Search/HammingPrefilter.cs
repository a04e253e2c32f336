using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FaceRecognition.Infrastructure.Search;

/// <summary>
/// Picks the faces whose binary codes are nearest the query's. One streaming pass computes every Hamming
/// distance (64 bytes per 512-d face, a 32nd of the float data) and a histogram of them; the histogram gives the
/// distance cut-off that admits the pool size, and a second pass over the small distance array collects the slots.
/// </summary>
internal static class HammingPrefilter
{
    public static int[] SelectCandidates(FaceStore store, ReadOnlySpan<ulong> queryCode, int poolSize)
    {
        var count = store.Count;
        if (poolSize >= count)
        {
            return Enumerable.Range(0, count).ToArray();
        }

        var maxDistance = store.WordsPerCode * 64;
        var histogram = new int[maxDistance + 1];
        var distances = ArrayPool<ushort>.Shared.Rent(count);
        try
        {
            for (var segment = 0; segment < store.SegmentCount; segment++)
            {
                var codes = store.SegmentCodes(segment, out var faces);
                var target = distances.AsSpan(segment << FaceStore.SegmentShift, faces);
                if (store.WordsPerCode == 8)
                {
                    Distances512(codes, queryCode, target, histogram);
                }
                else
                {
                    DistancesAnyWidth(codes, queryCode, store.WordsPerCode, target, histogram);
                }
            }

            return Collect(distances.AsSpan(0, count), histogram, poolSize);
        }
        finally
        {
            ArrayPool<ushort>.Shared.Return(distances);
        }
    }

    private static int[] Collect(ReadOnlySpan<ushort> distances, int[] histogram, int poolSize)
    {
        var cutoff = 0;
        var below = 0;
        while (below + histogram[cutoff] < poolSize)
        {
            below += histogram[cutoff];
            cutoff++;
        }

        // Everything nearer than the cut-off is taken; ties at the cut-off fill the rest in slot order.
        var tiesWanted = poolSize - below;
        var result = new int[poolSize];
        var next = 0;
        for (var i = 0; i < distances.Length && next < poolSize; i++)
        {
            var d = distances[i];
            if (d < cutoff)
            {
                result[next++] = i;
            }
            else if (d == cutoff && tiesWanted > 0)
            {
                result[next++] = i;
                tiesWanted--;
            }
        }

        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Distances512(ReadOnlySpan<ulong> codes, ReadOnlySpan<ulong> query, Span<ushort> target, int[] histogram)
    {
        ref var q = ref MemoryMarshal.GetReference(query);
        ulong q0 = q, q1 = Unsafe.Add(ref q, 1), q2 = Unsafe.Add(ref q, 2), q3 = Unsafe.Add(ref q, 3);
        ulong q4 = Unsafe.Add(ref q, 4), q5 = Unsafe.Add(ref q, 5), q6 = Unsafe.Add(ref q, 6), q7 = Unsafe.Add(ref q, 7);
        ref var c = ref MemoryMarshal.GetReference(codes);
        for (var i = 0; i < target.Length; i++)
        {
            ref var row = ref Unsafe.Add(ref c, i * 8);
            var d = BitOperations.PopCount(row ^ q0)
                + BitOperations.PopCount(Unsafe.Add(ref row, 1) ^ q1)
                + BitOperations.PopCount(Unsafe.Add(ref row, 2) ^ q2)
                + BitOperations.PopCount(Unsafe.Add(ref row, 3) ^ q3)
                + BitOperations.PopCount(Unsafe.Add(ref row, 4) ^ q4)
                + BitOperations.PopCount(Unsafe.Add(ref row, 5) ^ q5)
                + BitOperations.PopCount(Unsafe.Add(ref row, 6) ^ q6)
                + BitOperations.PopCount(Unsafe.Add(ref row, 7) ^ q7);
            target[i] = (ushort)d;
            histogram[d]++;
        }
    }

    private static void DistancesAnyWidth(
        ReadOnlySpan<ulong> codes, ReadOnlySpan<ulong> query, int words, Span<ushort> target, int[] histogram)
    {
        for (var i = 0; i < target.Length; i++)
        {
            var row = codes.Slice(i * words, words);
            var d = 0;
            for (var w = 0; w < words; w++)
            {
                d += BitOperations.PopCount(row[w] ^ query[w]);
            }

            target[i] = (ushort)d;
            histogram[d]++;
        }
    }
}
