using FaceRecognition.Application.Common.Options;

namespace FaceRecognition.Application.Accounts.Common;

/// <summary>
/// Lockout arithmetic. A username is locked for <see cref="AuthOptions.LockoutMinutes"/> from the moment its
/// <see cref="AuthOptions.MaxFailedAttempts"/>-th failure within <see cref="AuthOptions.FailureWindowMinutes"/> is
/// recorded. Attempts refused while locked are not recorded, and counting starts afresh once a lock has ended.
/// </summary>
public sealed class LockoutPolicy(int maxFailedAttempts, TimeSpan failureWindow, TimeSpan lockout)
{
    public static LockoutPolicy From(AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new LockoutPolicy(
            options.MaxFailedAttempts,
            TimeSpan.FromMinutes(options.FailureWindowMinutes),
            TimeSpan.FromMinutes(options.LockoutMinutes));
    }

    /// <summary>
    /// How far back failures must be read to decide: the failures that caused a lock still running now lie within
    /// one lockout plus one window; a second window covers a lock that ended just before and reset the count.
    /// </summary>
    public DateTimeOffset HistoryStart(DateTimeOffset now) => now - lockout - failureWindow - failureWindow;

    /// <summary>Time left on the lock at <paramref name="now"/>, or null when sign-in may be attempted.</summary>
    /// <param name="failures">Failures since <see cref="HistoryStart"/>, oldest first.</param>
    public TimeSpan? RemainingLock(IReadOnlyList<DateTimeOffset> failures, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(failures);
        var lockedUntil = LockedUntil(failures);
        return lockedUntil > now ? lockedUntil.Value - now : null;
    }

    /// <summary>The end of the latest lock the failures caused, or null when they caused none.</summary>
    public DateTimeOffset? LockedUntil(IReadOnlyList<DateTimeOffset> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        DateTimeOffset? lockedUntil = null;
        var runStart = 0;
        for (var i = 0; i < failures.Count; i++)
        {
            var at = failures[i];
            if (lockedUntil is { } end && at < end)
            {
                // Recorded while locked (a concurrent attempt raced the check): it neither extends nor restarts the lock.
                runStart = i + 1;
                continue;
            }

            // Slide the window so it holds only failures within FailureWindow of this one.
            while (at - failures[runStart] > failureWindow)
            {
                runStart++;
            }

            if (i - runStart + 1 >= maxFailedAttempts)
            {
                lockedUntil = at + lockout;
                runStart = i + 1;
            }
        }

        return lockedUntil;
    }
}
