using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FaceRecognition.Infrastructure.Persistence.Sqlite.Migrations
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
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Added by hand after `dotnet ef migrations add`: faces stored before this migration get their own
            // face_id (random version-4 UUIDs, upper-case text as EF Core's SQLite provider stores a Guid) before the unique index is built.
            migrationBuilder.Sql("UPDATE faces SET public_id = upper(hex(randomblob(4))) || '-' || upper(hex(randomblob(2))) || '-4' || substr(upper(hex(randomblob(2))), 2) || '-' || substr('89AB', 1 + (abs(random()) % 4), 1) || substr(upper(hex(randomblob(2))), 2) || '-' || upper(hex(randomblob(6)));");

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
