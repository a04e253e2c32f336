using FaceRecognition.Application.Accounts.Commands.SignIn;
using FaceRecognition.Application.Accounts.Commands.SignUp;
using FaceRecognition.Application.Accounts.Common;
using FaceRecognition.Application.Common.Faces;
using FaceRecognition.Application.Common.Options;
using FaceRecognition.Infrastructure.Security;
using FaceRecognition.UnitTests.Accounts.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FaceRecognition.UnitTests.Accounts;

/// <summary>The account use cases wired to the real hasher and token service, with a fake face engine and store.</summary>
internal sealed class AccountsHarness
{
    public AccountsHarness(bool requireLiveness = true)
    {
        Auth = new AuthOptions { SigningKey = "unit-test-signing-key-0123456789abcdef", RequireLiveness = requireLiveness };
        Store = new InMemoryAccountStore(Time);
        var auth = Options.Create(Auth);
        var tokens = new JwtAccessTokenService(auth, Time);
        var pipeline = new FacePipeline(Engine, Engine, Engine);
        SignUpHandler = new SignUpHandler(pipeline, Store, Hasher, tokens, NullLogger<SignUpHandler>.Instance);
        SignInHandler = new SignInHandler(
            pipeline, Engine, Engine, Store, Hasher, tokens, Time, auth, Options.Create(new RecognitionOptions()), NullLogger<SignInHandler>.Instance);
    }

    public ManualTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));

    public AuthOptions Auth { get; }

    public InMemoryAccountStore Store { get; }

    public FakeFaceEngine Engine { get; } = new();

    public RecordingPasswordHasher Hasher { get; } = new(new IdentityPasswordHasher());

    public SignUpHandler SignUpHandler { get; }

    public SignInHandler SignInHandler { get; }

    public Task<AuthTokenResult> SignUpAsync(string username, string email, string password, int person) =>
        SignUpHandler.Handle(new SignUpCommand(username, email, password, FakeFaceEngine.Photo(person)), CancellationToken.None);

    public Task<AuthTokenResult> SignInAsync(string username, string password, int person, bool live = true) =>
        SignInHandler.Handle(new SignInCommand(username, password, FakeFaceEngine.Photo(person, live)), CancellationToken.None);
}
