using System.Net.Http.Headers;

namespace FaceRecognition.IntegrationTests.Support;

/// <summary>Builds multipart/form-data bodies the way REST clients send them.</summary>
public static class Multipart
{
    public static MultipartFormDataContent Form(params (string Field, object Value)[] parts)
    {
        var form = new MultipartFormDataContent();
        foreach (var (field, value) in parts)
        {
            switch (value)
            {
                case byte[] bytes:
                    var file = new ByteArrayContent(bytes);
                    file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                    form.Add(file, field, field + ".jpg");
                    break;
                default:
                    form.Add(new StringContent(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty), field);
                    break;
            }
        }

        return form;
    }
}
