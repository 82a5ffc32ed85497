using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.Sqlite.CollectiveBudget
{
    /// <inheritdoc />
    public partial class ImportedHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClosedBaselineSource",
                table: "collective_budget_area_budgets",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "collective_budget_imported_referrals",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Removed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Sbo = table.Column<int>(type: "INTEGER", nullable: false),
                    SoLow = table.Column<int>(type: "INTEGER", nullable: false),
                    SoMedium = table.Column<int>(type: "INTEGER", nullable: false),
                    SoHigh = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collective_budget_imported_referrals", x => new { x.SchoolYearStart, x.SchoolId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_collective_budget_imported_referrals_SchoolId",
                table: "collective_budget_imported_referrals",
                column: "SchoolId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "collective_budget_imported_referrals");

            migrationBuilder.DropColumn(
                name: "ClosedBaselineSource",
                table: "collective_budget_area_budgets");
        }
    }
}
