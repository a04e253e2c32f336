using FaceRecognition.Api.Configuration;
using FaceRecognition.Api.Errors;
using FaceRecognition.Application.Common.Models;
using Microsoft.Extensions.Options;

namespace FaceRecognition.Api.Uploads;

/// <summary>Copies uploaded files into memory (never to disk), enforcing the per-file size limit first.</summary>
public sealed class UploadReader(IOptions<ApiOptions> options)
{
    public async Task<ImageUpload?> ReadAsync(IFormFile? file, string field, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return null;
        }

        var limit = options.Value.MaxFileBytes;
        if (file.Length > limit)
        {
            throw new UploadTooLargeException(
                $"'{field}' is {file.Length} bytes; the limit is {limit} bytes ({limit / (1024 * 1024)} MB) per file. Send a smaller image.");
        }

        var buffer = new byte[file.Length];
        await using var stream = file.OpenReadStream();
        await stream.ReadExactlyAsync(buffer, cancellationToken);
        return new ImageUpload(field, buffer);
    }

    public async Task<IReadOnlyList<ImageUpload>> ReadAllAsync(IReadOnlyList<IFormFile>? files, string field, CancellationToken cancellationToken)
    {
        var uploads = new List<ImageUpload>();
        if (files is null)
        {
            return uploads;
        }

        for (var i = 0; i < files.Count; i++)
        {
            uploads.Add((await ReadAsync(files[i], $"{field}[{i}]", cancellationToken))!);
        }

        return uploads;
    }
}
