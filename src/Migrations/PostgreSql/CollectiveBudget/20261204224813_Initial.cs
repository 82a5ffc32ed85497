using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.PostgreSql.CollectiveBudget
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "collective_budget");

            migrationBuilder.CreateTable(
                name: "agreement_revisions",
                schema: "collective_budget",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolYearStart = table.Column<int>(type: "integer", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    After_ExpertiseHourRate = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    After_PoolShare = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: false),
                    After_Baseline_Sbo = table.Column<int>(type: "integer", nullable: true),
                    After_Baseline_SoHigh = table.Column<int>(type: "integer", nullable: true),
                    After_Baseline_SoLow = table.Column<int>(type: "integer", nullable: true),
                    After_Baseline_SoMedium = table.Column<int>(type: "integer", nullable: true),
                    After_Rates_Sbo = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    After_Rates_SoHigh = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    After_Rates_SoLow = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    After_Rates_SoMedium = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Before_ExpertiseHourRate = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Before_PoolShare = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: true),
                    Before_Baseline_Sbo = table.Column<int>(type: "integer", nullable: true),
                    Before_Baseline_SoHigh = table.Column<int>(type: "integer", nullable: true),
                    Before_Baseline_SoLow = table.Column<int>(type: "integer", nullable: true),
                    Before_Baseline_SoMedium = table.Column<int>(type: "integer", nullable: true),
                    Before_Rates_Sbo = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Before_Rates_SoHigh = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Before_Rates_SoLow = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Before_Rates_SoMedium = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreement_revisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "area_budgets",
                schema: "collective_budget",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "integer", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RecalculatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Agreement_ExpertiseHourRate = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Agreement_PoolShare = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: true),
                    Agreement_Baseline_Sbo = table.Column<int>(type: "integer", nullable: true),
                    Agreement_Baseline_SoHigh = table.Column<int>(type: "integer", nullable: true),
                    Agreement_Baseline_SoLow = table.Column<int>(type: "integer", nullable: true),
                    Agreement_Baseline_SoMedium = table.Column<int>(type: "integer", nullable: true),
                    Agreement_Rates_Sbo = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Agreement_Rates_SoHigh = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Agreement_Rates_SoLow = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Agreement_Rates_SoMedium = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    ClosedActual_Sbo = table.Column<int>(type: "integer", nullable: true),
                    ClosedActual_SoHigh = table.Column<int>(type: "integer", nullable: true),
                    ClosedActual_SoLow = table.Column<int>(type: "integer", nullable: true),
                    ClosedActual_SoMedium = table.Column<int>(type: "integer", nullable: true),
                    ClosedBaseline_Sbo = table.Column<int>(type: "integer", nullable: true),
                    ClosedBaseline_SoHigh = table.Column<int>(type: "integer", nullable: true),
                    ClosedBaseline_SoLow = table.Column<int>(type: "integer", nullable: true),
                    ClosedBaseline_SoMedium = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_area_budgets", x => new { x.SchoolYearStart, x.AreaId });
                });

            migrationBuilder.CreateTable(
                name: "expertise_hours",
                schema: "collective_budget",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolYearStart = table.Column<int>(type: "integer", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TargetId = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    Charged = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expertise_hours", x => x.EntryId);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "collective_budget",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Handler = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    EventType = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.EventId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "names",
                schema: "collective_budget",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_names", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "collective_budget",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SupportCaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProcessedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LockedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LockedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LastError = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pending_recalculations",
                schema: "collective_budget",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "integer", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    Generation = table.Column<long>(type: "bigint", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClaimedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClaimedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
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
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolYearStart = table.Column<int>(type: "integer", nullable: false),
                    Referrals = table.Column<int>(type: "integer", nullable: false),
                    Withdrawals = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referrals", x => new { x.CaseId, x.DecidedOn, x.Kind });
                });

            migrationBuilder.CreateTable(
                name: "school_placements",
                schema: "collective_budget",
                columns: table => new
                {
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    BoardId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClusterId = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    AsOf = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_school_placements", x => x.SchoolId);
                });

            migrationBuilder.CreateTable(
                name: "ledger_entries",
                schema: "collective_budget",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolYearStart = table.Column<int>(type: "integer", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    BoardId = table.Column<Guid>(type: "uuid", nullable: true),
                    ExternalRef = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    TargetId = table.Column<Guid>(type: "uuid", nullable: true),
                    Purpose = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Hours = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    CorrectsEntryId = table.Column<Guid>(type: "uuid", nullable: true),
                    CorrectedKind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    BookedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    BookedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                name: "IX_agreement_revisions_SchoolYearStart_AreaId_ChangedAt",
                schema: "collective_budget",
                table: "agreement_revisions",
                columns: new[] { "SchoolYearStart", "AreaId", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_expertise_hours_SchoolYearStart_AreaId_Charged",
                schema: "collective_budget",
                table: "expertise_hours",
                columns: new[] { "SchoolYearStart", "AreaId", "Charged" });

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_BoardId_ExternalRef",
                schema: "collective_budget",
                table: "ledger_entries",
                columns: new[] { "BoardId", "ExternalRef" },
                unique: true);

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
                name: "IX_outbox_messages_ProcessedAt_OccurredAt",
                schema: "collective_budget",
                table: "outbox_messages",
                columns: new[] { "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_SupportCaseId",
                schema: "collective_budget",
                table: "outbox_messages",
                column: "SupportCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_pending_recalculations_RequestedAt",
                schema: "collective_budget",
                table: "pending_recalculations",
                column: "RequestedAt");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_SchoolId_SchoolYearStart_Kind_Referrals_Withdrawa~",
                schema: "collective_budget",
                table: "referrals",
                columns: new[] { "SchoolId", "SchoolYearStart", "Kind", "Referrals", "Withdrawals" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_SchoolYearStart_SchoolId",
                schema: "collective_budget",
                table: "referrals",
                columns: new[] { "SchoolYearStart", "SchoolId" });

            migrationBuilder.CreateIndex(
                name: "IX_school_placements_AreaId",
                schema: "collective_budget",
                table: "school_placements",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_school_placements_ClusterId",
                schema: "collective_budget",
                table: "school_placements",
                column: "ClusterId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agreement_revisions",
                schema: "collective_budget");

            migrationBuilder.DropTable(
                name: "expertise_hours",
                schema: "collective_budget");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "collective_budget");

            migrationBuilder.DropTable(
                name: "ledger_entries",
                schema: "collective_budget");

            migrationBuilder.DropTable(
                name: "names",
                schema: "collective_budget");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "collective_budget");

            migrationBuilder.DropTable(
                name: "pending_recalculations",
                schema: "collective_budget");

            migrationBuilder.DropTable(
                name: "referrals",
                schema: "collective_budget");

            migrationBuilder.DropTable(
                name: "school_placements",
                schema: "collective_budget");

            migrationBuilder.DropTable(
                name: "area_budgets",
                schema: "collective_budget");
        }
    }
}
