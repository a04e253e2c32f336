using System.Net.Mail;
using System.Text.RegularExpressions;
using FaceRecognition.Application.Common.Validation;
using FluentValidation;

namespace FaceRecognition.Application.Accounts.Common;

/// <summary>Username, email and password rules shared by the account use cases; messages say how to comply.</summary>
public static partial class AccountRules
{
    public const int UsernameMinLength = 3;
    public const int UsernameMaxLength = 32;
    public const int EmailMaxLength = 254;
    public const int PasswordMinLength = 8;
    public const int PasswordMaxLength = 128;

    // Each rule reports "required" alone for a missing value; the format checks below skip null and empty.

    /// <summary>Usernames are stored lower-case; upper-case ASCII input is accepted and folded.</summary>
    public static string NormalizeUsername(string username) => username.Trim().ToLowerInvariant();

    /// <summary>Emails are compared case-insensitively, so they are stored lower-case.</summary>
    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    public static IRuleBuilderOptions<T, string?> Username<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty()
            .WithMessage("The 'username' field is required.")
            .Must(u => string.IsNullOrWhiteSpace(u) || (!TextRules.HasControlOrInvisibleCharacters(u) && UsernamePattern().IsMatch(u.Trim())))
            .WithMessage($"The username must be {UsernameMinLength} to {UsernameMaxLength} characters from a-z, 0-9, '.', '_' and '-'.");

    public static IRuleBuilderOptions<T, string?> Email<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty()
            .WithMessage("The 'email' field is required.")
            .MaximumLength(EmailMaxLength)
            .WithMessage($"The email address must be at most {EmailMaxLength} characters.")
            .Must(e => string.IsNullOrWhiteSpace(e) || (!TextRules.HasControlOrInvisibleCharacters(e) && IsEmailAddress(e.Trim())))
            .WithMessage("The email address is not valid: expected the form name@example.com.");

    public static IRuleBuilderOptions<T, string?> NewPassword<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty()
            .WithMessage("The 'password' field is required.")
            .Must(p => string.IsNullOrEmpty(p) || p.Length is >= PasswordMinLength and <= PasswordMaxLength)
            .WithMessage($"The password must be {PasswordMinLength} to {PasswordMaxLength} characters long.")
            .Must(p => string.IsNullOrEmpty(p) || p.Any(char.IsLetter))
            .WithMessage("The password must contain at least one letter.")
            .Must(p => string.IsNullOrEmpty(p) || p.Any(char.IsDigit))
            .WithMessage("The password must contain at least one digit.");

    /// <summary>
    /// A bare address (no display name, no comments) whose domain has a dot: what a person types into a sign-up form,
    /// not every form RFC 5322 allows.
    /// </summary>
    private static bool IsEmailAddress(string value) =>
        MailAddress.TryCreate(value, out var address)
        && string.Equals(address.Address, value, StringComparison.Ordinal)
        && SimpleEmailPattern().IsMatch(value);

    // \A…\z rather than ^…$: '$' would also match before a final '\n'.
    [GeneratedRegex(@"\A[A-Za-z0-9._-]{3,32}\z", RegexOptions.CultureInvariant)]
    private static partial Regex UsernamePattern();

    [GeneratedRegex(@"\A[^\s@]+@[^\s@.]+(\.[^\s@.]+)+\z", RegexOptions.CultureInvariant)]
    private static partial Regex SimpleEmailPattern();
}
