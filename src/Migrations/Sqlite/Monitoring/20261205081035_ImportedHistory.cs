using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.Sqlite.Monitoring
{
    /// <inheritdoc />
    public partial class ImportedHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "monitoring_imported_referrals",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Sbo = table.Column<int>(type: "INTEGER", nullable: false),
                    SoLow = table.Column<int>(type: "INTEGER", nullable: false),
                    SoMedium = table.Column<int>(type: "INTEGER", nullable: false),
                    SoHigh = table.Column<int>(type: "INTEGER", nullable: false),
                    Removed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_imported_referrals", x => new { x.SchoolYearStart, x.SchoolId });
                });

            migrationBuilder.CreateTable(
                name: "monitoring_imported_thuiszitters",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Removed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_imported_thuiszitters", x => new { x.SchoolYearStart, x.AreaId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_imported_referrals_SchoolId",
                table: "monitoring_imported_referrals",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_imported_thuiszitters_AreaId",
                table: "monitoring_imported_thuiszitters",
                column: "AreaId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "monitoring_imported_referrals");

            migrationBuilder.DropTable(
                name: "monitoring_imported_thuiszitters");
        }
    }
}
