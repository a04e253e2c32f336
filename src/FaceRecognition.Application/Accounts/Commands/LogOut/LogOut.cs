using FaceRecognition.Application.Common.Interfaces;
using MediatR;

namespace FaceRecognition.Application.Accounts.Commands.LogOut;

/// <summary>Revokes the presented access token (by its <c>jti</c>) until it would have expired anyway.</summary>
public sealed record LogOutCommand(string TokenId, DateTimeOffset ExpiresAt) : IRequest<LogOutResult>;

public sealed record LogOutResult(string Msg);

public sealed class LogOutHandler(IAccountStore accounts) : IRequestHandler<LogOutCommand, LogOutResult>
{
    public async Task<LogOutResult> Handle(LogOutCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await accounts.RevokeTokenAsync(request.TokenId, request.ExpiresAt, cancellationToken);
        return new LogOutResult("Logged out");
    }
}
