using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Application.Galleries.Common;
using FaceRecognition.Domain.Galleries;
using MediatR;

namespace FaceRecognition.Application.Galleries.Queries.ListSubjects;

public sealed record ListSubjectsQuery(string Gallery) : IRequest<IReadOnlyList<SubjectSummary>>;

public sealed class ListSubjectsHandler(IGalleryStore store, GalleryLookup lookup)
    : IRequestHandler<ListSubjectsQuery, IReadOnlyList<SubjectSummary>>
{
    public async Task<IReadOnlyList<SubjectSummary>> Handle(ListSubjectsQuery request, CancellationToken cancellationToken)
    {
        var gallery = await lookup.GalleryAsync(request.Gallery, cancellationToken);
        return await store.ListSubjectsAsync(gallery.Id, cancellationToken);
    }
}
