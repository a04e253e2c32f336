using FaceRecognition.Application.Common.Models;

namespace FaceRecognition.Application.Common.Interfaces;

/// <summary>Issues signed bearer tokens; validating them is the web host's job.</summary>
public interface IAccessTokenService
{
    AccessToken Issue(string username);
}
