using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Application.Common.Interfaces;
using MediatR;

namespace FaceRecognition.Application.Accounts.Queries.GetCurrentUser;

/// <summary>The account the access token was issued to.</summary>
public sealed record GetCurrentUserQuery(string Username) : IRequest<CurrentUserResult>;

public sealed record CurrentUserResult(string Username, string Email, DateTimeOffset CreatedAt);

public sealed class GetCurrentUserHandler(IAccountStore accounts) : IRequestHandler<GetCurrentUserQuery, CurrentUserResult>
{
    public async Task<CurrentUserResult> Handle(GetCurrentUserQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // A valid token for an account that no longer exists authenticates nobody.
        var account = await accounts.FindByUsernameAsync(request.Username, cancellationToken)
            ?? throw new AuthenticationFailedException();
        return new CurrentUserResult(account.Username, account.Email, account.CreatedAt);
    }
}
