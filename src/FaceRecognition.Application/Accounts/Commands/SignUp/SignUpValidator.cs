using FaceRecognition.Application.Accounts.Common;
using FaceRecognition.Application.Common.Validation;
using FluentValidation;

namespace FaceRecognition.Application.Accounts.Commands.SignUp;

public sealed class SignUpValidator : AbstractValidator<SignUpCommand>
{
    public SignUpValidator()
    {
        RuleFor(c => c.Username).Username().OverridePropertyName("username");
        RuleFor(c => c.Email).Email().OverridePropertyName("email");
        RuleFor(c => c.Password).NewPassword().OverridePropertyName("password");
        RuleFor(c => c.Face).RequiredImage("face").OverridePropertyName("face");
    }
}
