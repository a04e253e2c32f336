using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FaceRecognition.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GalleriesSubjectsAndFaces : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "galleries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_galleries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "subjects",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    gallery_id = table.Column<long>(type: "INTEGER", nullable: false),
                    external_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subjects", x => x.id);
                    table.ForeignKey(
                        name: "fk_subjects_gallery",
                        column: x => x.gallery_id,
                        principalTable: "galleries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "faces",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    gallery_id = table.Column<long>(type: "INTEGER", nullable: false),
                    subject_id = table.Column<long>(type: "INTEGER", nullable: false),
                    embedding = table.Column<byte[]>(type: "BLOB", nullable: false),
                    model_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_faces", x => x.id);
                    table.ForeignKey(
                        name: "fk_faces_gallery",
                        column: x => x.gallery_id,
                        principalTable: "galleries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_faces_subject",
                        column: x => x.subject_id,
                        principalTable: "subjects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_faces_gallery",
                table: "faces",
                column: "gallery_id");

            migrationBuilder.CreateIndex(
                name: "ix_faces_subject",
                table: "faces",
                column: "subject_id");

            migrationBuilder.CreateIndex(
                name: "ux_galleries_name",
                table: "galleries",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_subjects_gallery_external",
                table: "subjects",
                columns: new[] { "gallery_id", "external_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "faces");

            migrationBuilder.DropTable(
                name: "subjects");

            migrationBuilder.DropTable(
                name: "galleries");
        }
    }
}
