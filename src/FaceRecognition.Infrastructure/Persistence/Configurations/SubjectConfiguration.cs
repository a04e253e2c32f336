using FaceRecognition.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FaceRecognition.Infrastructure.Persistence.Configurations;

internal sealed class SubjectConfiguration : IEntityTypeConfiguration<SubjectEntity>
{
    public void Configure(EntityTypeBuilder<SubjectEntity> builder)
    {
        builder.ToTable("subjects");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(s => s.GalleryId).HasColumnName("gallery_id");
        builder.Property(s => s.ExternalId).HasColumnName("external_id").HasMaxLength(200).IsRequired();
        builder.Property(s => s.Name).HasColumnName("name").HasMaxLength(200).IsRequired();
        builder.Property(s => s.CreatedAt).HasColumnName("created_at");
        builder.HasIndex(s => new { s.GalleryId, s.ExternalId }).IsUnique().HasDatabaseName("ux_subjects_gallery_external");
        builder.HasOne<GalleryEntity>().WithMany().HasForeignKey(s => s.GalleryId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_subjects_gallery");
    }
}
