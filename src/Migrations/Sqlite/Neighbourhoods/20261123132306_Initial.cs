using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.Sqlite.Neighbourhoods
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "neighbourhoods_areas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_neighbourhoods_areas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "neighbourhoods_boards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_neighbourhoods_boards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "neighbourhoods_inbox_messages",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_neighbourhoods_inbox_messages", x => new { x.EventId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "neighbourhoods_outbox_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LockedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LockedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_neighbourhoods_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "neighbourhoods_clusters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_neighbourhoods_clusters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_neighbourhoods_clusters_neighbourhoods_areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "neighbourhoods_areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "neighbourhoods_schools",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Brin = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    BoardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClusterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_neighbourhoods_schools", x => x.Id);
                    table.ForeignKey(
                        name: "FK_neighbourhoods_schools_neighbourhoods_areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "neighbourhoods_areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_neighbourhoods_schools_neighbourhoods_boards_BoardId",
                        column: x => x.BoardId,
                        principalTable: "neighbourhoods_boards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_neighbourhoods_schools_neighbourhoods_clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "neighbourhoods_clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_neighbourhoods_areas_Name",
                table: "neighbourhoods_areas",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_neighbourhoods_boards_Name",
                table: "neighbourhoods_boards",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_neighbourhoods_clusters_AreaId",
                table: "neighbourhoods_clusters",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_neighbourhoods_outbox_messages_ProcessedAt_OccurredAt",
                table: "neighbourhoods_outbox_messages",
                columns: new[] { "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_neighbourhoods_schools_AreaId",
                table: "neighbourhoods_schools",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_neighbourhoods_schools_BoardId",
                table: "neighbourhoods_schools",
                column: "BoardId");

            migrationBuilder.CreateIndex(
                name: "IX_neighbourhoods_schools_Brin",
                table: "neighbourhoods_schools",
                column: "Brin",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_neighbourhoods_schools_ClusterId",
                table: "neighbourhoods_schools",
                column: "ClusterId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "neighbourhoods_inbox_messages");

            migrationBuilder.DropTable(
                name: "neighbourhoods_outbox_messages");

            migrationBuilder.DropTable(
                name: "neighbourhoods_schools");

            migrationBuilder.DropTable(
                name: "neighbourhoods_boards");

            migrationBuilder.DropTable(
                name: "neighbourhoods_clusters");

            migrationBuilder.DropTable(
                name: "neighbourhoods_areas");
        }
    }
}
