using Microsoft.AspNetCore.Mvc;

namespace FaceRecognition.Api.Controllers.Forms;

// Multipart forms of the face sign-in endpoints, with FaceAuth API's field names.

/// <summary>Form of <c>POST /api/v1/auth/signup</c>.</summary>
public sealed class SignUpForm
{
    /// <summary>3–32 characters from a-z, 0-9, '.', '_' and '-' (stored lower-case).</summary>
    [FromForm(Name = "username")]
    public string? Username { get; set; }

    [FromForm(Name = "email")]
    public string? Email { get; set; }

    /// <summary>8–128 characters with at least one letter and one digit.</summary>
    [FromForm(Name = "password")]
    public string? Password { get; set; }

    /// <summary>A photo of the account owner's face (the largest face is used).</summary>
    [FromForm(Name = "face")]
    public IFormFile? Face { get; set; }
}

/// <summary>Form of <c>POST /api/v1/auth/signin</c>.</summary>
public sealed class SignInForm
{
    [FromForm(Name = "username")]
    public string? Username { get; set; }

    [FromForm(Name = "password")]
    public string? Password { get; set; }

    /// <summary>A fresh photo of the account owner's face.</summary>
    [FromForm(Name = "face")]
    public IFormFile? Face { get; set; }
}
