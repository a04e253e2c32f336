using FaceRecognition.Application.Galleries.Common;
using FluentValidation;

namespace FaceRecognition.Application.Galleries.Queries.ListSubjects;

public sealed class ListSubjectsValidator : AbstractValidator<ListSubjectsQuery>
{
    public ListSubjectsValidator()
    {
        RuleFor(q => q.Gallery).GalleryName().OverridePropertyName("gallery");
    }
}
