namespace FaceRecognition.Infrastructure.Persistence;

/// <summary>Timestamps as the database stores them: UTC, whole microseconds (DATETIME(6) precision), kind Utc.</summary>
internal static class UtcClock
{
    public static DateTime Now(TimeProvider timeProvider) => ToStored(timeProvider.GetUtcNow());

    public static DateTime ToStored(DateTimeOffset value)
    {
        var utc = value.UtcDateTime;
        return new DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
    }

    /// <summary>Reads back a stored value; both connectors return an unspecified kind, which is UTC by construction.</summary>
    public static DateTimeOffset FromStored(DateTime value) =>
        new(DateTime.SpecifyKind(value, DateTimeKind.Utc), TimeSpan.Zero);
}
