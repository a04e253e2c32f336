using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FaceRecognition.Infrastructure.Persistence.MySql.Migrations
{
    /// <inheritdoc />
    public partial class FacePublicIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "public_id",
                table: "faces",
                type: "char(36)",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                collation: "ascii_general_ci");

            // Added by hand after `dotnet ef migrations add`: faces stored before this migration get their own
            // face_id (UUID() is evaluated per row) before the unique index is built.
            migrationBuilder.Sql("UPDATE faces SET public_id = UUID();");

            migrationBuilder.CreateIndex(
                name: "ux_faces_public_id",
                table: "faces",
                column: "public_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_faces_public_id",
                table: "faces");

            migrationBuilder.DropColumn(
                name: "public_id",
                table: "faces");
        }
    }
}
