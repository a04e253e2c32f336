using System.Numerics.Tensors;
using FaceRecognition.Application.Common.Models;
using FaceRecognition.Domain.Faces;

namespace FaceRecognition.Infrastructure.Search;

/// <summary>Turns scored faces into the top-K subjects, each scored by its best face, best first.</summary>
internal static class SubjectRanker
{
    /// <param name="rescoreAllFaces">
    /// True when the faces were only a candidate pool: a chosen subject may have a better face outside the pool,
    /// so its score is recomputed over all its faces and matches what <c>BestOfSubject</c> says.
    /// </param>
    public static IReadOnlyList<SubjectMatch> Rank(
        FaceStore store,
        Dictionary<long, int> slotByFaceId,
        ReadOnlySpan<int> slots,
        ReadOnlySpan<float> scores,
        ReadOnlySpan<float> query,
        int topK,
        bool rescoreAllFaces)
    {
        var best = new Dictionary<SubjectEntry, (float Score, int Slot)>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < slots.Length; i++)
        {
            var subject = store.Subject(slots[i]);
            if (!best.TryGetValue(subject, out var current) || scores[i] > current.Score)
            {
                best[subject] = (scores[i], slots[i]);
            }
        }

        // Min-heap of the K best subjects so far: its root is the one to evict.
        var heap = new PriorityQueue<(SubjectEntry Subject, int Slot), float>(topK + 1);
        foreach (var (subject, (score, slot)) in best)
        {
            if (heap.Count < topK)
            {
                heap.Enqueue((subject, slot), score);
            }
            else if (heap.TryPeek(out _, out var weakest) && score > weakest)
            {
                heap.DequeueEnqueue((subject, slot), score);
            }
        }

        var matches = new List<SubjectMatch>(heap.Count);
        while (heap.TryDequeue(out var item, out var score))
        {
            var slot = item.Slot;
            if (rescoreAllFaces)
            {
                (score, slot) = BestFace(store, slotByFaceId, item.Subject, query);
            }

            matches.Add(ToMatch(store, slot, score));
        }

        matches.Sort((a, b) => b.Similarity.CompareTo(a.Similarity));
        return matches;
    }

    public static (float Score, int Slot) BestFace(
        FaceStore store, Dictionary<long, int> slotByFaceId, SubjectEntry subject, ReadOnlySpan<float> query)
    {
        var bestScore = float.NegativeInfinity;
        var bestSlot = -1;
        foreach (var faceId in subject.FaceIds)
        {
            var slot = slotByFaceId[faceId];
            var score = TensorPrimitives.Dot(store.Vector(slot), query);
            if (score > bestScore)
            {
                bestScore = score;
                bestSlot = slot;
            }
        }

        return (bestScore, bestSlot);
    }

    public static SubjectMatch ToMatch(FaceStore store, int slot, float score) =>
        new(store.Subject(slot).Subject, store.FaceId(slot), new Similarity(Math.Clamp(score, -1.0, 1.0)));
}
