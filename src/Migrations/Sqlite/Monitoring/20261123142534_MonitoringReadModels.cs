using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.Sqlite.Monitoring
{
    /// <inheritdoc />
    public partial class MonitoringReadModels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "monitoring_cases",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpeningLevel = table.Column<int>(type: "INTEGER", nullable: true),
                    OppSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_cases", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_collective_approaches",
                columns: table => new
                {
                    ApproachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolIds = table.Column<string>(type: "TEXT", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExpectedChildren = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_collective_approaches", x => x.ApproachId);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_escalations",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_escalations", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_level_changes",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    ToLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_level_changes", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_observations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClusterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PrincipleMask = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AuthorRole = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_observations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_ot_meetings",
                columns: table => new
                {
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_ot_meetings", x => x.MeetingId);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_referrals",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    SchoolYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AsOf = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_referrals", x => new { x.CaseId, x.DecidedOn });
                });

            migrationBuilder.CreateTable(
                name: "monitoring_targets",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    ReductionPct = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    SetAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_targets", x => x.SchoolYearStart);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_thuiszitter_periods",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AsOf = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_thuiszitter_periods", x => new { x.CaseId, x.Since });
                });

            migrationBuilder.CreateTable(
                name: "monitoring_unit_names",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AsOf = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_unit_names", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_cases_SchoolId",
                table: "monitoring_cases",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_escalations_On",
                table: "monitoring_escalations",
                column: "On");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_level_changes_CaseId",
                table: "monitoring_level_changes",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_level_changes_On",
                table: "monitoring_level_changes",
                column: "On");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_observations_AreaId_On",
                table: "monitoring_observations",
                columns: new[] { "AreaId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_observations_On",
                table: "monitoring_observations",
                column: "On");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_ot_meetings_HeldOn",
                table: "monitoring_ot_meetings",
                column: "HeldOn");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_referrals_SchoolYearStart",
                table: "monitoring_referrals",
                column: "SchoolYearStart");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_thuiszitter_periods_Since",
                table: "monitoring_thuiszitter_periods",
                column: "Since");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "monitoring_cases");

            migrationBuilder.DropTable(
                name: "monitoring_collective_approaches");

            migrationBuilder.DropTable(
                name: "monitoring_escalations");

            migrationBuilder.DropTable(
                name: "monitoring_level_changes");

            migrationBuilder.DropTable(
                name: "monitoring_observations");

            migrationBuilder.DropTable(
                name: "monitoring_ot_meetings");

            migrationBuilder.DropTable(
                name: "monitoring_referrals");

            migrationBuilder.DropTable(
                name: "monitoring_targets");

            migrationBuilder.DropTable(
                name: "monitoring_thuiszitter_periods");

            migrationBuilder.DropTable(
                name: "monitoring_unit_names");
        }
    }
}
