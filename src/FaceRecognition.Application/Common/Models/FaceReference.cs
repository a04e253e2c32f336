using System.Globalization;

namespace FaceRecognition.Application.Common.Models;

/// <summary>
/// A face as a URL names it: its <c>face_id</c> (a UUID), or the numeric id earlier releases returned, which stays
/// accepted until the next major version.
/// </summary>
public readonly record struct FaceReference
{
    private FaceReference(Guid? publicId, long? legacyId)
    {
        PublicId = publicId;
        LegacyId = legacyId;
    }

    public Guid? PublicId { get; }

    public long? LegacyId { get; }

    public static FaceReference ForPublicId(Guid publicId) => new(publicId, null);

    public static FaceReference ForLegacyId(long legacyId) => new(null, legacyId);

    /// <summary>Reads a UUID (<c>8-4-4-4-12</c> hex digits) or a positive integer; false for anything else.</summary>
    public static bool TryParse(string? text, out FaceReference reference)
    {
        if (Guid.TryParseExact(text, "D", out var publicId))
        {
            reference = ForPublicId(publicId);
            return true;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var legacyId) && legacyId > 0)
        {
            reference = ForLegacyId(legacyId);
            return true;
        }

        reference = default;
        return false;
    }

    public override string ToString() =>
        PublicId?.ToString() ?? LegacyId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
