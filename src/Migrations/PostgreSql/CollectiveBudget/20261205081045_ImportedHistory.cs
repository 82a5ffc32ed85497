using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.PostgreSql.CollectiveBudget
{
    /// <inheritdoc />
    public partial class ImportedHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClosedBaselineSource",
                schema: "collective_budget",
                table: "area_budgets",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "imported_referrals",
                schema: "collective_budget",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "integer", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Removed = table.Column<bool>(type: "boolean", nullable: false),
                    Sbo = table.Column<int>(type: "integer", nullable: false),
                    SoLow = table.Column<int>(type: "integer", nullable: false),
                    SoMedium = table.Column<int>(type: "integer", nullable: false),
                    SoHigh = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_imported_referrals", x => new { x.SchoolYearStart, x.SchoolId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_imported_referrals_SchoolId",
                schema: "collective_budget",
                table: "imported_referrals",
                column: "SchoolId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "imported_referrals",
                schema: "collective_budget");

            migrationBuilder.DropColumn(
                name: "ClosedBaselineSource",
                schema: "collective_budget",
                table: "area_budgets");
        }
    }
}
