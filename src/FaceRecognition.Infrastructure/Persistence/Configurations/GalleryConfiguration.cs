using FaceRecognition.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FaceRecognition.Infrastructure.Persistence.Configurations;

// Table, column, index and constraint names are those of the hand-written schema this model replaced, so databases
// created by it and by the EF migrations are the same to every later migration.
internal sealed class GalleryConfiguration : IEntityTypeConfiguration<GalleryEntity>
{
    public void Configure(EntityTypeBuilder<GalleryEntity> builder)
    {
        builder.ToTable("galleries");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(g => g.Name).HasColumnName("name").HasMaxLength(200).IsRequired();
        builder.Property(g => g.CreatedAt).HasColumnName("created_at");
        builder.HasIndex(g => g.Name).IsUnique().HasDatabaseName("ux_galleries_name");
    }
}
