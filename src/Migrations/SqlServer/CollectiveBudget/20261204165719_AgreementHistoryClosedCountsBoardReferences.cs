using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.SqlServer.CollectiveBudget
{
    /// <inheritdoc />
    public partial class AgreementHistoryClosedCountsBoardReferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ClosedActual_Sbo",
                schema: "collective_budget",
                table: "area_budgets",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ClosedActual_SoHigh",
                schema: "collective_budget",
                table: "area_budgets",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ClosedActual_SoLow",
                schema: "collective_budget",
                table: "area_budgets",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ClosedActual_SoMedium",
                schema: "collective_budget",
                table: "area_budgets",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ClosedBaseline_Sbo",
                schema: "collective_budget",
                table: "area_budgets",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ClosedBaseline_SoHigh",
                schema: "collective_budget",
                table: "area_budgets",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ClosedBaseline_SoLow",
                schema: "collective_budget",
                table: "area_budgets",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ClosedBaseline_SoMedium",
                schema: "collective_budget",
                table: "area_budgets",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "agreement_revisions",
                schema: "collective_budget",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SchoolYearStart = table.Column<int>(type: "int", nullable: false),
                    AreaId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ChangedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    After_ExpertiseHourRate = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    After_PoolShare = table.Column<decimal>(type: "decimal(5,4)", precision: 5, scale: 4, nullable: false),
                    After_Baseline_Sbo = table.Column<int>(type: "int", nullable: true),
                    After_Baseline_SoHigh = table.Column<int>(type: "int", nullable: true),
                    After_Baseline_SoLow = table.Column<int>(type: "int", nullable: true),
                    After_Baseline_SoMedium = table.Column<int>(type: "int", nullable: true),
                    After_Rates_Sbo = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    After_Rates_SoHigh = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    After_Rates_SoLow = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    After_Rates_SoMedium = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Before_ExpertiseHourRate = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Before_PoolShare = table.Column<decimal>(type: "decimal(5,4)", precision: 5, scale: 4, nullable: true),
                    Before_Baseline_Sbo = table.Column<int>(type: "int", nullable: true),
                    Before_Baseline_SoHigh = table.Column<int>(type: "int", nullable: true),
                    Before_Baseline_SoLow = table.Column<int>(type: "int", nullable: true),
                    Before_Baseline_SoMedium = table.Column<int>(type: "int", nullable: true),
                    Before_Rates_Sbo = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Before_Rates_SoHigh = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Before_Rates_SoLow = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Before_Rates_SoMedium = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreement_revisions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_BoardId_ExternalRef",
                schema: "collective_budget",
                table: "ledger_entries",
                columns: new[] { "BoardId", "ExternalRef" },
                unique: true,
                filter: "[BoardId] IS NOT NULL AND [ExternalRef] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_agreement_revisions_SchoolYearStart_AreaId_ChangedAt",
                schema: "collective_budget",
                table: "agreement_revisions",
                columns: new[] { "SchoolYearStart", "AreaId", "ChangedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agreement_revisions",
                schema: "collective_budget");

            migrationBuilder.DropIndex(
                name: "IX_ledger_entries_BoardId_ExternalRef",
                schema: "collective_budget",
                table: "ledger_entries");

            migrationBuilder.DropColumn(
                name: "ClosedActual_Sbo",
                schema: "collective_budget",
                table: "area_budgets");

            migrationBuilder.DropColumn(
                name: "ClosedActual_SoHigh",
                schema: "collective_budget",
                table: "area_budgets");

            migrationBuilder.DropColumn(
                name: "ClosedActual_SoLow",
                schema: "collective_budget",
                table: "area_budgets");

            migrationBuilder.DropColumn(
                name: "ClosedActual_SoMedium",
                schema: "collective_budget",
                table: "area_budgets");

            migrationBuilder.DropColumn(
                name: "ClosedBaseline_Sbo",
                schema: "collective_budget",
                table: "area_budgets");

            migrationBuilder.DropColumn(
                name: "ClosedBaseline_SoHigh",
                schema: "collective_budget",
                table: "area_budgets");

            migrationBuilder.DropColumn(
                name: "ClosedBaseline_SoLow",
                schema: "collective_budget",
                table: "area_budgets");

            migrationBuilder.DropColumn(
                name: "ClosedBaseline_SoMedium",
                schema: "collective_budget",
                table: "area_budgets");
        }
    }
}
