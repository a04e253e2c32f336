using FaceRecognition.Application.Accounts.Common;
using FaceRecognition.Application.Common.Validation;
using FluentValidation;

namespace FaceRecognition.Application.Accounts.Commands.SignIn;

/// <summary>
/// Only presence and bounds: a username or password that could never have been registered simply fails to sign in,
/// like any other wrong one.
/// </summary>
public sealed class SignInValidator : AbstractValidator<SignInCommand>
{
    public SignInValidator()
    {
        RuleFor(c => c.Username)
            .NotEmpty().WithMessage("The 'username' field is required.")
            .MaximumLength(AccountRules.UsernameMaxLength).WithMessage($"The username must be at most {AccountRules.UsernameMaxLength} characters.")
            .OverridePropertyName("username");
        RuleFor(c => c.Password)
            .NotEmpty().WithMessage("The 'password' field is required.")
            .MaximumLength(AccountRules.PasswordMaxLength).WithMessage($"The password must be at most {AccountRules.PasswordMaxLength} characters.")
            .OverridePropertyName("password");
        RuleFor(c => c.Face).RequiredImage("face").OverridePropertyName("face");
    }
}
