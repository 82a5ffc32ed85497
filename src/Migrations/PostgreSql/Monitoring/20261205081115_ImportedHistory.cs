using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.PostgreSql.Monitoring
{
    /// <inheritdoc />
    public partial class ImportedHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "imported_referrals",
                schema: "monitoring",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "integer", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Sbo = table.Column<int>(type: "integer", nullable: false),
                    SoLow = table.Column<int>(type: "integer", nullable: false),
                    SoMedium = table.Column<int>(type: "integer", nullable: false),
                    SoHigh = table.Column<int>(type: "integer", nullable: false),
                    Removed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_imported_referrals", x => new { x.SchoolYearStart, x.SchoolId });
                });

            migrationBuilder.CreateTable(
                name: "imported_thuiszitters",
                schema: "monitoring",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "integer", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Removed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_imported_thuiszitters", x => new { x.SchoolYearStart, x.AreaId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_imported_referrals_SchoolId",
                schema: "monitoring",
                table: "imported_referrals",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_imported_thuiszitters_AreaId",
                schema: "monitoring",
                table: "imported_thuiszitters",
                column: "AreaId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "imported_referrals",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "imported_thuiszitters",
                schema: "monitoring");
        }
    }
}
