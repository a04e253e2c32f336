using FaceRecognition.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FaceRecognition.Infrastructure.Persistence.Configurations;

internal sealed class FaceConfiguration : IEntityTypeConfiguration<FaceEntity>
{
    public void Configure(EntityTypeBuilder<FaceEntity> builder)
    {
        builder.ToTable("faces");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(f => f.PublicId).HasColumnName("public_id");
        builder.Property(f => f.GalleryId).HasColumnName("gallery_id");
        builder.Property(f => f.SubjectId).HasColumnName("subject_id");
        builder.Property(f => f.Embedding).HasColumnName("embedding").IsRequired();
        builder.Property(f => f.ModelId).HasColumnName("model_id").HasMaxLength(100).IsRequired();
        builder.Property(f => f.CreatedAt).HasColumnName("created_at");
        builder.HasIndex(f => f.PublicId).IsUnique().HasDatabaseName("ux_faces_public_id");
        builder.HasIndex(f => f.SubjectId).HasDatabaseName("ix_faces_subject");
        builder.HasIndex(f => f.GalleryId).HasDatabaseName("ix_faces_gallery");
        builder.HasOne<SubjectEntity>().WithMany().HasForeignKey(f => f.SubjectId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_faces_subject");
        builder.HasOne<GalleryEntity>().WithMany().HasForeignKey(f => f.GalleryId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_faces_gallery");
    }
}
