using FaceRecognition.Application.Accounts.Common;

namespace FaceRecognition.UnitTests.Accounts;

public sealed class LockoutPolicyTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private readonly LockoutPolicy _policy = new(5, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15));

    private static List<DateTimeOffset> At(params double[] minutes) => minutes.Select(m => T0.AddMinutes(m)).ToList();

    [Test]
    public void RemainingLock_IsNull_WithFourFailures() =>
        Assert.That(_policy.RemainingLock(At(0, 1, 2, 3), T0.AddMinutes(4)), Is.Null);

    [Test]
    public void RemainingLock_RunsFifteenMinutesFromTheFifthFailure() =>
        Assert.That(_policy.RemainingLock(At(0, 1, 2, 3, 4), T0.AddMinutes(10)), Is.EqualTo(TimeSpan.FromMinutes(9)));

    [Test]
    public void RemainingLock_IsNull_WhenTheLockHasEnded() =>
        Assert.That(_policy.RemainingLock(At(0, 1, 2, 3, 4), T0.AddMinutes(19)), Is.Null);

    [Test]
    public void RemainingLock_IsNull_WhenFiveFailuresSpanMoreThanTheWindow() =>
        Assert.That(_policy.RemainingLock(At(0, 4, 8, 12, 15.5), T0.AddMinutes(16)), Is.Null);

    [Test]
    public void RemainingLock_CountsFiveFailuresExactlyOneWindowApart() =>
        Assert.That(_policy.RemainingLock(At(0, 5, 10, 14, 15), T0.AddMinutes(16)), Is.EqualTo(TimeSpan.FromMinutes(14)));

    [Test]
    public void RemainingLock_SlidesTheWindowPastOldFailures() =>
        Assert.That(_policy.RemainingLock(At(0, 20, 21, 22, 23, 24), T0.AddMinutes(25)), Is.EqualTo(TimeSpan.FromMinutes(14)));

    [Test]
    public void RemainingLock_StartsCountingAfresh_WhenALockHasEnded()
    {
        // Lockout shorter than the window: without the fresh start, one failure after the lock would lock again at once.
        var policy = new LockoutPolicy(5, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(2));

        Assert.That(policy.RemainingLock(At(0, 1, 2, 3, 4, 7), T0.AddMinutes(8)), Is.Null);
    }

    [Test]
    public void RemainingLock_IgnoresFailuresRecordedDuringALock()
    {
        var policy = new LockoutPolicy(5, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(2));

        Assert.That(policy.RemainingLock(At(0, 1, 2, 3, 4, 5, 7, 8, 9, 10), T0.AddMinutes(11)), Is.Null);
    }

    [Test]
    public void HistoryStart_ReachesBackOneLockoutAndTwoWindows() =>
        Assert.That(_policy.HistoryStart(T0), Is.EqualTo(T0.AddMinutes(-45)));
}
