using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.SqlServer.CollectiveBudget
{
    /// <inheritdoc />
    public partial class CollectiveBudgetLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "area_budgets",
                schema: "collective_budget",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "int", nullable: false),
                    AreaId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClosedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    RecalculatedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Agreement_ExpertiseHourRate = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Agreement_PoolShare = table.Column<decimal>(type: "decimal(5,4)", precision: 5, scale: 4, nullable: true),
                    Agreement_Baseline_Sbo = table.Column<int>(type: "int", nullable: true),
                    Agreement_Baseline_SoHigh = table.Column<int>(type: "int", nullable: true),
                    Agreement_Baseline_SoLow = table.Column<int>(type: "int", nullable: true),
                    Agreement_Baseline_SoMedium = table.Column<int>(type: "int", nullable: true),
                    Agreement_Rates_Sbo = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Agreement_Rates_SoHigh = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Agreement_Rates_SoLow = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Agreement_Rates_SoMedium = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_area_budgets", x => new { x.SchoolYearStart, x.AreaId });
                });

            migrationBuilder.CreateTable(
                name: "pending_recalculations",
                schema: "collective_budget",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "int", nullable: false),
                    AreaId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Generation = table.Column<long>(type: "bigint", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ClaimedUntil = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClaimedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pending_recalculations", x => new { x.SchoolYearStart, x.AreaId });
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                schema: "collective_budget",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    SchoolId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SchoolYearStart = table.Column<int>(type: "int", nullable: false),
                    Referrals = table.Column<int>(type: "int", nullable: false),
                    Withdrawals = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referrals", x => new { x.CaseId, x.DecidedOn, x.Kind });
                });

            migrationBuilder.CreateTable(
                name: "ledger_entries",
                schema: "collective_budget",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SchoolYearStart = table.Column<int>(type: "int", nullable: false),
                    AreaId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    BoardId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ExternalRef = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Level = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    TargetId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Purpose = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Hours = table.Column<decimal>(type: "decimal(9,2)", precision: 9, scale: 2, nullable: true),
                    CorrectsEntryId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CorrectedKind = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    BookedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    BookedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ledger_entries_area_budgets_SchoolYearStart_AreaId",
                        columns: x => new { x.SchoolYearStart, x.AreaId },
                        principalSchema: "collective_budget",
                        principalTable: "area_budgets",
                        principalColumns: new[] { "SchoolYearStart", "AreaId" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_CorrectsEntryId",
                schema: "collective_budget",
                table: "ledger_entries",
                column: "CorrectsEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_SchoolYearStart_AreaId_Sequence",
                schema: "collective_budget",
                table: "ledger_entries",
                columns: new[] { "SchoolYearStart", "AreaId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pending_recalculations_RequestedAt",
                schema: "collective_budget",
                table: "pending_recalculations",
                column: "RequestedAt");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_SchoolId",
                schema: "collective_budget",
                table: "referrals",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_SchoolYearStart_SchoolId",
                schema: "collective_budget",
                table: "referrals",
                columns: new[] { "SchoolYearStart", "SchoolId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ledger_entries",
                schema: "collective_budget");

            migrationBuilder.DropTable(
                name: "pending_recalculations",
                schema: "collective_budget");

            migrationBuilder.DropTable(
                name: "referrals",
                schema: "collective_budget");

            migrationBuilder.DropTable(
                name: "area_budgets",
                schema: "collective_budget");
        }
    }
}
