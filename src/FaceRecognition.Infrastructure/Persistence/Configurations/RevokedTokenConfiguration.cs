using FaceRecognition.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FaceRecognition.Infrastructure.Persistence.Configurations;

internal sealed class RevokedTokenConfiguration : IEntityTypeConfiguration<RevokedTokenEntity>
{
    public void Configure(EntityTypeBuilder<RevokedTokenEntity> builder)
    {
        builder.ToTable("revoked_tokens");
        builder.HasKey(t => t.TokenId);
        builder.Property(t => t.TokenId).HasColumnName("token_id").HasMaxLength(200);
        builder.Property(t => t.ExpiresAt).HasColumnName("expires_at");
        builder.HasIndex(t => t.ExpiresAt).HasDatabaseName("ix_revoked_tokens_expiry");
    }
}
