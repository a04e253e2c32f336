namespace FaceRecognition.Infrastructure.Imaging.Formats;

/// <summary>
/// GIF's variable-width LZW (codes of up to 12 bits, least significant bit first). Emits palette indices to a
/// callback until the end code, the data, or <c>maxPixels</c> runs out; returns how many were emitted.
/// </summary>
internal static class GifLzwDecoder
{
    private const int MaxCodes = 4096;

    public static long Decode(ReadOnlySpan<byte> data, int minimumCodeSize, long maxPixels, Action<byte> emit)
    {
        if (minimumCodeSize is < 1 or > 11)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumCodeSize), minimumCodeSize, "LZW minimum code size must be 1..11.");
        }

        var prefix = new short[MaxCodes];
        var suffix = new byte[MaxCodes];
        var first = new byte[MaxCodes];
        var stack = new byte[MaxCodes + 1];
        var clear = 1 << minimumCodeSize;
        var end = clear + 1;
        for (var i = 0; i < clear; i++)
        {
            suffix[i] = (byte)i;
            first[i] = (byte)i;
        }

        var codeSize = minimumCodeSize + 1;
        var next = end + 1;
        var previous = -1;
        long emitted = 0;
        var bitBuffer = 0;
        var bitCount = 0;
        var position = 0;
        while (emitted < maxPixels)
        {
            while (bitCount < codeSize && position < data.Length)
            {
                bitBuffer |= data[position++] << bitCount;
                bitCount += 8;
            }

            if (bitCount < codeSize)
            {
                break; // data exhausted
            }

            var code = bitBuffer & ((1 << codeSize) - 1);
            bitBuffer >>= codeSize;
            bitCount -= codeSize;

            if (code == clear)
            {
                codeSize = minimumCodeSize + 1;
                next = end + 1;
                previous = -1;
                continue;
            }

            if (code == end)
            {
                break;
            }

            int current;
            byte head;
            if (previous < 0)
            {
                if (code >= clear)
                {
                    throw new InvalidDataException($"LZW code {code} before any dictionary entry exists.");
                }

                current = code;
                head = first[code];
            }
            else if (code < next)
            {
                current = code;
                head = first[code];
            }
            else if (code == next)
            {
                current = -1; // the KwKwK case: previous string plus its own first byte
                head = first[previous];
            }
            else
            {
                throw new InvalidDataException($"LZW code {code} is past the dictionary ({next} entries).");
            }

            // Unwind the string for the code onto a stack, then emit it in order.
            var depth = 0;
            if (current < 0)
            {
                stack[depth++] = head;
                current = previous;
            }

            while (current >= clear)
            {
                stack[depth++] = suffix[current];
                current = prefix[current];
            }

            stack[depth++] = (byte)current;
            while (depth > 0 && emitted < maxPixels)
            {
                emit(stack[--depth]);
                emitted++;
            }

            if (previous >= 0 && next < MaxCodes)
            {
                prefix[next] = (short)previous;
                suffix[next] = head;
                first[next] = first[previous];
                next++;
                if (next == 1 << codeSize && codeSize < 12)
                {
                    codeSize++;
                }
            }

            previous = code;
        }

        return emitted;
    }
}
