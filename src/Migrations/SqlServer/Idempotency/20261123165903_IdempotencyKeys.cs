using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.SqlServer.Idempotency
{
    /// <inheritdoc />
    public partial class IdempotencyKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "idempotency");

            migrationBuilder.CreateTable(
                name: "keys",
                schema: "idempotency",
                columns: table => new
                {
                    Caller = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    Key = table.Column<string>(type: "varchar(255)", unicode: false, maxLength: 255, nullable: false),
                    Fingerprint = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    ClaimToken = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LockedUntil = table.Column<DateTime>(type: "datetime2", nullable: true),
                    StatusCode = table.Column<int>(type: "int", nullable: true),
                    ContentType = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Location = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ETag = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Body = table.Column<byte[]>(type: "varbinary(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_keys", x => new { x.Caller, x.Key });
                });

            migrationBuilder.CreateIndex(
                name: "IX_keys_ExpiresAt",
                schema: "idempotency",
                table: "keys",
                column: "ExpiresAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "keys",
                schema: "idempotency");
        }
    }
}
