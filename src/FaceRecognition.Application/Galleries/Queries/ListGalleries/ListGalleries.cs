using FaceRecognition.Application.Common.Interfaces;
using FaceRecognition.Domain.Galleries;
using MediatR;

namespace FaceRecognition.Application.Galleries.Queries.ListGalleries;

public sealed record ListGalleriesQuery : IRequest<IReadOnlyList<GallerySummary>>;

public sealed class ListGalleriesHandler(IGalleryStore store) : IRequestHandler<ListGalleriesQuery, IReadOnlyList<GallerySummary>>
{
    public Task<IReadOnlyList<GallerySummary>> Handle(ListGalleriesQuery request, CancellationToken cancellationToken) =>
        store.ListGalleriesAsync(cancellationToken);
}
