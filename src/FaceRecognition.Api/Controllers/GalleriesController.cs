using FaceRecognition.Api.Controllers.Forms;
using FaceRecognition.Api.Uploads;
using FaceRecognition.Application.Galleries.Commands.CreateGallery;
using FaceRecognition.Application.Galleries.Commands.DeleteFace;
using FaceRecognition.Application.Galleries.Commands.DeleteGallery;
using FaceRecognition.Application.Galleries.Commands.DeleteSubject;
using FaceRecognition.Application.Galleries.Commands.EnrollFaces;
using FaceRecognition.Application.Galleries.Queries.ListGalleries;
using FaceRecognition.Application.Galleries.Queries.ListSubjects;
using FaceRecognition.Application.Galleries.Queries.MatchFace;
using FaceRecognition.Application.Galleries.Queries.VerifySubject;
using FaceRecognition.Domain.Galleries;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace FaceRecognition.Api.Controllers;

/// <summary>Named galleries of people: enrol faces, find a person (1:N), verify one person (1:1).</summary>
[ApiController]
[Route("api/v1/galleries")]
[Produces("application/json")]
public sealed class GalleriesController(IMediator mediator, UploadReader uploads) : ControllerBase
{
    public sealed record CreateGalleryRequest(string? Name);

    [HttpPost]
    [Consumes("application/json")]
    public async Task<IActionResult> Create([FromBody] CreateGalleryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var created = await mediator.Send(new CreateGalleryCommand(request.Name), cancellationToken);
        // Escaped although validated: whatever reaches a header must not be able to break it.
        return Created($"/api/v1/galleries/{Uri.EscapeDataString(created.Name)}/subjects", created);
    }

    [HttpGet]
    public Task<IReadOnlyList<GallerySummary>> List(CancellationToken cancellationToken) =>
        mediator.Send(new ListGalleriesQuery(), cancellationToken);

    [HttpDelete("{gallery}")]
    public async Task<IActionResult> Delete(string gallery, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteGalleryCommand(gallery), cancellationToken);
        return NoContent();
    }

    [HttpGet("{gallery}/subjects")]
    public Task<IReadOnlyList<SubjectSummary>> ListSubjects(string gallery, CancellationToken cancellationToken) =>
        mediator.Send(new ListSubjectsQuery(gallery), cancellationToken);

    /// <summary>Enrols 1..N photos of one person; creates the gallery and the subject when missing.</summary>
    [HttpPost("{gallery}/subjects/{subjectId}/faces")]
    [Consumes("multipart/form-data")]
    public async Task<IActionResult> Enroll(
        string gallery,
        string subjectId,
        [FromForm] EnrollForm form,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var command = new EnrollFacesCommand(gallery, subjectId, form.Name, await uploads.ReadAllAsync(form.Images, "images", cancellationToken));
        var result = await mediator.Send(command, cancellationToken);
        return StatusCode(StatusCodes.Status201Created, result);
    }

    [HttpDelete("{gallery}/subjects/{subjectId}")]
    public async Task<IActionResult> DeleteSubject(string gallery, string subjectId, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteSubjectCommand(gallery, subjectId), cancellationToken);
        return NoContent();
    }

    /// <summary>Removes one face by its <c>face_id</c> (a UUID); numeric ids of earlier releases are accepted until the next major version.</summary>
    [HttpDelete("{gallery}/subjects/{subjectId}/faces/{faceId}")]
    public async Task<IActionResult> DeleteFace(string gallery, string subjectId, string faceId, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteFaceCommand(gallery, subjectId, faceId), cancellationToken);
        return NoContent();
    }

    /// <summary>Who is this? "access_denied" when nobody reaches the threshold.</summary>
    [HttpPost("{gallery}/match")]
    [Consumes("multipart/form-data")]
    public async Task<MatchFaceResult> Match(
        string gallery,
        [FromForm] MatchForm form,
        CancellationToken cancellationToken) =>
        await mediator.Send(new MatchFaceQuery(gallery, await uploads.ReadAsync(form.Image, "image", cancellationToken), form.TopK, form.Threshold), cancellationToken);

    /// <summary>Is this the enrolled subject?</summary>
    [HttpPost("{gallery}/subjects/{subjectId}/verify")]
    [Consumes("multipart/form-data")]
    public async Task<VerifySubjectResult> Verify(
        string gallery,
        string subjectId,
        [FromForm] VerifyForm form,
        CancellationToken cancellationToken) =>
        await mediator.Send(new VerifySubjectQuery(gallery, subjectId, await uploads.ReadAsync(form.Image, "image", cancellationToken), form.Threshold), cancellationToken);
}
