using FaceRecognition.Application.Common.Behaviours;
using FaceRecognition.Application.Common.Faces;
using FaceRecognition.Application.Common.Models;
using MediatR;

namespace FaceRecognition.Application.Faces.Queries.DetectFaces;

/// <summary>Every face in a photo, largest first, with its landmarks.</summary>
public sealed record DetectFacesQuery(ImageUpload? Image) : IRequest<DetectFacesResult>, IFaceWorkload;

public sealed record DetectedFaceDto(BoxDto Box, double Score, LandmarksDto Landmarks);

public sealed record DetectFacesResult(int ImageWidth, int ImageHeight, IReadOnlyList<DetectedFaceDto> Faces);

public sealed class DetectFacesHandler(FacePipeline pipeline) : IRequestHandler<DetectFacesQuery, DetectFacesResult>
{
    public Task<DetectFacesResult> Handle(DetectFacesQuery request, CancellationToken cancellationToken)
    {
        var (image, faces) = pipeline.DetectAll(request.Image!);
        var dtos = faces
            .Select(f => new DetectedFaceDto(BoxDto.From(f.Box), Rounding.Score(f.Score), LandmarksDto.From(f.Landmarks)))
            .ToList();
        return Task.FromResult(new DetectFacesResult(image.Width, image.Height, dtos));
    }
}
