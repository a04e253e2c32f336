using FaceRecognition.Api.Configuration;
using FaceRecognition.Api.Controllers.Forms;
using FaceRecognition.Api.Middleware;
using FaceRecognition.Api.Uploads;
using FaceRecognition.Application.Accounts.Commands.LogOut;
using FaceRecognition.Application.Accounts.Commands.SignIn;
using FaceRecognition.Application.Accounts.Commands.SignUp;
using FaceRecognition.Application.Accounts.Common;
using FaceRecognition.Application.Accounts.Queries.GetCurrentUser;
using FaceRecognition.Application.Common.Exceptions;
using FaceRecognition.Infrastructure.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace FaceRecognition.Api.Controllers;

/// <summary>
/// Two-factor sign-in accounts: password plus face. Reachable without an API key; /logout and /me take the access
/// token as <c>Authorization: Bearer</c>.
/// </summary>
[ApiController]
[Route("api/v1/auth")]
[AllowWithoutApiKey]
[Produces("application/json")]
public sealed class AuthController(IMediator mediator, UploadReader uploads) : ControllerBase
{
    /// <summary>Creates an account (username, email, password, face photo) and returns an access token.</summary>
    [HttpPost("signup")]
    [Consumes("multipart/form-data")]
    [EnableRateLimiting(SignUpRateLimit.Policy)]
    [ProducesResponseType<AuthTokenResult>(StatusCodes.Status201Created)]
    public async Task<ActionResult<AuthTokenResult>> SignUp([FromForm] SignUpForm form, CancellationToken cancellationToken)
    {
        var face = await uploads.ReadAsync(form.Face, "face", cancellationToken);
        var command = new SignUpCommand(form.Username, form.Email, form.Password, face);
        var token = await mediator.Send(command, cancellationToken);
        return Created(new Uri("/api/v1/auth/me", UriKind.Relative), token);
    }

    /// <summary>Signs in with username, password and a face photo of the account's owner; returns an access token.</summary>
    [HttpPost("signin")]
    [Consumes("multipart/form-data")]
    public async Task<AuthTokenResult> SignIn([FromForm] SignInForm form, CancellationToken cancellationToken) =>
        await mediator.Send(
            new SignInCommand(form.Username, form.Password, await uploads.ReadAsync(form.Face, "face", cancellationToken)),
            cancellationToken);

    /// <summary>Revokes the access token used for this call.</summary>
    [HttpPost("logout")]
    [Authorize]
    public async Task<LogOutResult> LogOut(CancellationToken cancellationToken)
    {
        var tokenId = AccessTokenClaims.TokenId(User) ?? throw new AuthenticationFailedException();
        var expiresAt = AccessTokenClaims.ExpiresAt(User) ?? throw new AuthenticationFailedException();
        return await mediator.Send(new LogOutCommand(tokenId, expiresAt), cancellationToken);
    }

    /// <summary>The signed-in account.</summary>
    [HttpGet("me")]
    [Authorize]
    public async Task<CurrentUserResult> Me(CancellationToken cancellationToken)
    {
        var username = AccessTokenClaims.Username(User) ?? throw new AuthenticationFailedException();
        return await mediator.Send(new GetCurrentUserQuery(username), cancellationToken);
    }
}
