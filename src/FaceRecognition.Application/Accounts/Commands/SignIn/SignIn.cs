using FaceRecognition.Application.Common.Behaviours;
using FaceRecognition.Application.Accounts.Common;
using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Application.Common.Faces;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Application.Common.Models;
using FaceRecognition.Application.Common.Options;
using FaceRecognition.Domain.Accounts;
using MediatR;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Application.Accounts.Commands.SignIn;

/// <summary>Two-factor sign-in: the password and the face must both match the account.</summary>
public sealed record SignInCommand(string? Username, string? Password, ImageUpload? Face) : IRequest<AuthTokenResult>, IFaceWorkload;

/// <summary>
/// Every way to fail (unknown user, wrong password, another face, a spoof) throws the same
/// <see cref="AuthenticationFailedException"/> after the same work: the face is always analysed and a password hash
/// is always verified (a dummy one for unknown users). Only the log says which check failed.
/// A photo that is not an image or shows no face is refused before the account is looked at, so that answer
/// reveals nothing about the account and does not count as a failed attempt.
/// </summary>
public sealed class SignInHandler(
    FacePipeline pipeline,
    IFaceEmbedder embedder,
    ILivenessDetector liveness,
    IAccountStore accounts,
    IPasswordHasher passwords,
    IAccessTokenService tokens,
    TimeProvider time,
    IOptions<AuthOptions> authOptions,
    IOptions<RecognitionOptions> recognitionOptions,
    ILogger<SignInHandler> logger)
    : IRequestHandler<SignInCommand, AuthTokenResult>
{
    public async Task<AuthTokenResult> Handle(SignInCommand request, CancellationToken cancellationToken)
    {
        var auth = authOptions.Value;
        var username = AccountRules.NormalizeUsername(request.Username!);
        var now = time.GetUtcNow();

        // Locked usernames are refused before any check, known or not, so the lock itself reveals nothing.
        var lockout = LockoutPolicy.From(auth);
        var failures = await accounts.ListFailuresSinceAsync(username, lockout.HistoryStart(now), cancellationToken);
        if (lockout.RemainingLock(failures, now) is { } remaining)
        {
            logger.LogInformation("Sign-in for {Username} refused: locked for another {Remaining}", username, remaining);
            throw new AccountLockedException(remaining);
        }

        var sample = pipeline.LargestFace(request.Face!);
        var probe = embedder.Embed(sample.Image, sample.Face);
        var live = !auth.RequireLiveness || liveness.Estimate(sample.Image, sample.Face).Score >= recognitionOptions.Value.LivenessThreshold;

        var account = await accounts.FindByUsernameAsync(username, cancellationToken);
        var passwordCheck = passwords.Verify(account?.PasswordHash ?? passwords.DummyHash, request.Password!);
        var faceMatches = account is not null
            && string.Equals(account.ModelId, embedder.ModelId, StringComparison.Ordinal)
            && account.FaceTemplate.Dimension == probe.Dimension
            && account.FaceTemplate.SimilarityTo(probe).IsAtLeast(recognitionOptions.Value.MatchThreshold);

        var failure = Why(account, passwordCheck, faceMatches, live);
        if (failure is not null)
        {
            logger.LogInformation("Sign-in for {Username} failed: {Reason}", username, failure);
            await accounts.RecordFailureAsync(username, now, cancellationToken);
            throw new AuthenticationFailedException();
        }

        if (passwordCheck == PasswordVerification.SuccessRehashNeeded)
        {
            await accounts.UpdatePasswordHashAsync(account!.Id, passwords.Hash(request.Password!), cancellationToken);
        }

        if (failures.Count > 0)
        {
            await accounts.ClearFailuresAsync(username, cancellationToken);
        }

        return AuthTokenResult.From(tokens.Issue(account!.Username));
    }

    /// <summary>The first failed check, for the server log only; null when every check passed.</summary>
    private static string? Why(UserAccount? account, PasswordVerification passwordCheck, bool faceMatches, bool live) =>
        account is null ? "unknown username"
        : passwordCheck == PasswordVerification.Failed ? "wrong password"
        : !faceMatches ? "face does not match"
        : !live ? "face failed the liveness check"
        : null;
}
