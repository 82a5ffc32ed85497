using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.Sqlite.CollectiveBudget
{
    /// <inheritdoc />
    public partial class CollectiveBudgetLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "collective_budget_area_budgets",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecalculatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Agreement_ExpertiseHourRate = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Agreement_PoolShare = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: true),
                    Agreement_Baseline_Sbo = table.Column<int>(type: "INTEGER", nullable: true),
                    Agreement_Baseline_SoHigh = table.Column<int>(type: "INTEGER", nullable: true),
                    Agreement_Baseline_SoLow = table.Column<int>(type: "INTEGER", nullable: true),
                    Agreement_Baseline_SoMedium = table.Column<int>(type: "INTEGER", nullable: true),
                    Agreement_Rates_Sbo = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Agreement_Rates_SoHigh = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Agreement_Rates_SoLow = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Agreement_Rates_SoMedium = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collective_budget_area_budgets", x => new { x.SchoolYearStart, x.AreaId });
                });

            migrationBuilder.CreateTable(
                name: "collective_budget_pending_recalculations",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Generation = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClaimedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collective_budget_pending_recalculations", x => new { x.SchoolYearStart, x.AreaId });
                });

            migrationBuilder.CreateTable(
                name: "collective_budget_referrals",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    Referrals = table.Column<int>(type: "INTEGER", nullable: false),
                    Withdrawals = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collective_budget_referrals", x => new { x.CaseId, x.DecidedOn, x.Kind });
                });

            migrationBuilder.CreateTable(
                name: "collective_budget_ledger_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    BoardId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ExternalRef = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    CorrectsEntryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CorrectedKind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    BookedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BookedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collective_budget_ledger_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_collective_budget_ledger_entries_collective_budget_area_budgets_SchoolYearStart_AreaId",
                        columns: x => new { x.SchoolYearStart, x.AreaId },
                        principalTable: "collective_budget_area_budgets",
                        principalColumns: new[] { "SchoolYearStart", "AreaId" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_collective_budget_ledger_entries_CorrectsEntryId",
                table: "collective_budget_ledger_entries",
                column: "CorrectsEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_collective_budget_ledger_entries_SchoolYearStart_AreaId_Sequence",
                table: "collective_budget_ledger_entries",
                columns: new[] { "SchoolYearStart", "AreaId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_collective_budget_pending_recalculations_RequestedAt",
                table: "collective_budget_pending_recalculations",
                column: "RequestedAt");

            migrationBuilder.CreateIndex(
                name: "IX_collective_budget_referrals_SchoolId",
                table: "collective_budget_referrals",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_collective_budget_referrals_SchoolYearStart_SchoolId",
                table: "collective_budget_referrals",
                columns: new[] { "SchoolYearStart", "SchoolId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "collective_budget_ledger_entries");

            migrationBuilder.DropTable(
                name: "collective_budget_pending_recalculations");

            migrationBuilder.DropTable(
                name: "collective_budget_referrals");

            migrationBuilder.DropTable(
                name: "collective_budget_area_budgets");
        }
    }
}
