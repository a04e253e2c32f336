using FaceRecognition.Api.Controllers.Forms;
using FaceRecognition.Api.Uploads;
using FaceRecognition.Application.Faces.Queries.AnalyzeFaces;
using FaceRecognition.Application.Faces.Queries.CheckLiveness;
using FaceRecognition.Application.Faces.Queries.CompareFaces;
using FaceRecognition.Application.Faces.Queries.DetectFaces;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace FaceRecognition.Api.Controllers;

/// <summary>Stateless face operations on uploaded photos: nothing is stored.</summary>
[ApiController]
[Route("api/v1")]
[Consumes("multipart/form-data")]
[Produces("application/json")]
public sealed class FacesController(IMediator mediator, UploadReader uploads) : ControllerBase
{
    /// <summary>Are the largest faces of the two photos the same person?</summary>
    [HttpPost("compare")]
    public async Task<CompareFacesResult> Compare([FromForm] CompareForm form, CancellationToken cancellationToken) =>
        await mediator.Send(
            new CompareFacesQuery(
                await uploads.ReadAsync(form.ReferenceImage, "reference_image", cancellationToken),
                await uploads.ReadAsync(form.LiveImage, "live_image", cancellationToken)),
            cancellationToken);

    /// <summary>Every face in the photo with its box, score and five landmarks.</summary>
    [HttpPost("detect")]
    public async Task<DetectFacesResult> Detect([FromForm] ImageForm form, CancellationToken cancellationToken) =>
        await mediator.Send(new DetectFacesQuery(await uploads.ReadAsync(form.Image, "image", cancellationToken)), cancellationToken);

    /// <summary>Emotion, age, gender, head pose, eye state and liveness of every face (or the subset in <c>actions</c>).</summary>
    [HttpPost("analyze")]
    public async Task<AnalyzeFacesResult> Analyze([FromForm] AnalyzeForm form, CancellationToken cancellationToken) =>
        await mediator.Send(new AnalyzeFacesQuery(await uploads.ReadAsync(form.Image, "image", cancellationToken), form.Actions), cancellationToken);

    /// <summary>Is the largest face a live person rather than a photo or screen?</summary>
    [HttpPost("anti-spoof")]
    public async Task<CheckLivenessResult> AntiSpoof([FromForm] ImageForm form, CancellationToken cancellationToken) =>
        await mediator.Send(new CheckLivenessQuery(await uploads.ReadAsync(form.Image, "image", cancellationToken)), cancellationToken);
}
