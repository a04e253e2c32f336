using FaceRecognition.Application.Common.Behaviours;
using FaceRecognition.Application.Accounts.Common;
using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Application.Common.Faces;
using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Application.Common.Models;
using MediatR;
using Microsoft.Extensions.Logging;

namespace FaceRecognition.Application.Accounts.Commands.SignUp;

/// <summary>Creates an account whose second factor is the largest face in <see cref="Face"/>, and signs it in.</summary>
public sealed record SignUpCommand(string? Username, string? Email, string? Password, ImageUpload? Face) : IRequest<AuthTokenResult>, IFaceWorkload;

public sealed class SignUpHandler(
    FacePipeline pipeline,
    IAccountStore accounts,
    IPasswordHasher passwords,
    IAccessTokenService tokens,
    ILogger<SignUpHandler> logger)
    : IRequestHandler<SignUpCommand, AuthTokenResult>
{
    public async Task<AuthTokenResult> Handle(SignUpCommand request, CancellationToken cancellationToken)
    {
        var username = AccountRules.NormalizeUsername(request.Username!);
        var email = AccountRules.NormalizeEmail(request.Email!);

        // The face first: a photo without a usable face is the most likely mistake, and it costs no hashing.
        var face = pipeline.EmbedLargestFace(request.Face!);
        var hash = passwords.Hash(request.Password!);

        var account = await accounts.TryCreateAsync(username, email, hash, face.Embedding, pipeline.ModelId, cancellationToken)
            ?? throw new ConflictException("Username or email already registered.");

        logger.LogInformation("Account {Username} created (face template from {FacesFound} face(s) found)", account.Username, face.FacesFound);
        return AuthTokenResult.From(tokens.Issue(account.Username));
    }
}
