using FaceRecognition.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FaceRecognition.Infrastructure.Persistence.Configurations;

internal sealed class SignInFailureConfiguration : IEntityTypeConfiguration<SignInFailureEntity>
{
    public void Configure(EntityTypeBuilder<SignInFailureEntity> builder)
    {
        builder.ToTable("signin_failures");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(f => f.Username).HasColumnName("username").HasMaxLength(100).IsRequired();
        builder.Property(f => f.FailedAt).HasColumnName("failed_at");
        builder.HasIndex(f => new { f.Username, f.FailedAt }).HasDatabaseName("ix_signin_failures_username_time");
    }
}
