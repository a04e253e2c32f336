using System.Buffers;
using System.Globalization;
using System.Text;

namespace FaceRecognition.Application.Common.Validation;

/// <summary>Checks for characters that have no business in a name or address a person typed.</summary>
public static class TextRules
{
    /// <summary>
    /// True when the text holds a control character (line breaks, NUL, …), an invisible format character (bidi
    /// overrides, zero-width joiners, tag characters), a line/paragraph separator or half of a surrogate pair: each can
    /// forge log lines or make one name look like another.
    /// </summary>
    public static bool HasControlOrInvisibleCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var used) != OperationStatus.Done)
            {
                return true;
            }

            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                return true;
            }

            rest = rest[used..];
        }

        return false;
    }
}
