using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.Sqlite.CollectiveBudget
{
    /// <inheritdoc />
    public partial class AgreementHistoryClosedCountsBoardReferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ClosedActual_Sbo",
                table: "collective_budget_area_budgets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ClosedActual_SoHigh",
                table: "collective_budget_area_budgets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ClosedActual_SoLow",
                table: "collective_budget_area_budgets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ClosedActual_SoMedium",
                table: "collective_budget_area_budgets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ClosedBaseline_Sbo",
                table: "collective_budget_area_budgets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ClosedBaseline_SoHigh",
                table: "collective_budget_area_budgets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ClosedBaseline_SoLow",
                table: "collective_budget_area_budgets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ClosedBaseline_SoMedium",
                table: "collective_budget_area_budgets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "collective_budget_agreement_revisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    After_ExpertiseHourRate = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    After_PoolShare = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: false),
                    After_Baseline_Sbo = table.Column<int>(type: "INTEGER", nullable: true),
                    After_Baseline_SoHigh = table.Column<int>(type: "INTEGER", nullable: true),
                    After_Baseline_SoLow = table.Column<int>(type: "INTEGER", nullable: true),
                    After_Baseline_SoMedium = table.Column<int>(type: "INTEGER", nullable: true),
                    After_Rates_Sbo = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    After_Rates_SoHigh = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    After_Rates_SoLow = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    After_Rates_SoMedium = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Before_ExpertiseHourRate = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Before_PoolShare = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: true),
                    Before_Baseline_Sbo = table.Column<int>(type: "INTEGER", nullable: true),
                    Before_Baseline_SoHigh = table.Column<int>(type: "INTEGER", nullable: true),
                    Before_Baseline_SoLow = table.Column<int>(type: "INTEGER", nullable: true),
                    Before_Baseline_SoMedium = table.Column<int>(type: "INTEGER", nullable: true),
                    Before_Rates_Sbo = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Before_Rates_SoHigh = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Before_Rates_SoLow = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Before_Rates_SoMedium = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collective_budget_agreement_revisions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_collective_budget_ledger_entries_BoardId_ExternalRef",
                table: "collective_budget_ledger_entries",
                columns: new[] { "BoardId", "ExternalRef" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_collective_budget_agreement_revisions_SchoolYearStart_AreaId_ChangedAt",
                table: "collective_budget_agreement_revisions",
                columns: new[] { "SchoolYearStart", "AreaId", "ChangedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "collective_budget_agreement_revisions");

            migrationBuilder.DropIndex(
                name: "IX_collective_budget_ledger_entries_BoardId_ExternalRef",
                table: "collective_budget_ledger_entries");

            migrationBuilder.DropColumn(
                name: "ClosedActual_Sbo",
                table: "collective_budget_area_budgets");

            migrationBuilder.DropColumn(
                name: "ClosedActual_SoHigh",
                table: "collective_budget_area_budgets");

            migrationBuilder.DropColumn(
                name: "ClosedActual_SoLow",
                table: "collective_budget_area_budgets");

            migrationBuilder.DropColumn(
                name: "ClosedActual_SoMedium",
                table: "collective_budget_area_budgets");

            migrationBuilder.DropColumn(
                name: "ClosedBaseline_Sbo",
                table: "collective_budget_area_budgets");

            migrationBuilder.DropColumn(
                name: "ClosedBaseline_SoHigh",
                table: "collective_budget_area_budgets");

            migrationBuilder.DropColumn(
                name: "ClosedBaseline_SoLow",
                table: "collective_budget_area_budgets");

            migrationBuilder.DropColumn(
                name: "ClosedBaseline_SoMedium",
                table: "collective_budget_area_budgets");
        }
    }
}
