using FaceRecognition.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FaceRecognition.Infrastructure.Persistence.Configurations;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<AccountEntity>
{
    public void Configure(EntityTypeBuilder<AccountEntity> builder)
    {
        builder.ToTable("accounts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(a => a.Username).HasColumnName("username").HasMaxLength(100).IsRequired();
        builder.Property(a => a.Email).HasColumnName("email").HasMaxLength(320).IsRequired();
        builder.Property(a => a.PasswordHash).HasColumnName("password_hash").HasMaxLength(500).IsRequired();
        builder.Property(a => a.FaceTemplate).HasColumnName("face_template").IsRequired();
        builder.Property(a => a.ModelId).HasColumnName("model_id").HasMaxLength(100).IsRequired();
        builder.Property(a => a.CreatedAt).HasColumnName("created_at");
        builder.HasIndex(a => a.Username).IsUnique().HasDatabaseName("ux_accounts_username");
        builder.HasIndex(a => a.Email).IsUnique().HasDatabaseName("ux_accounts_email");
    }
}
