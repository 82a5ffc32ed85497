using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.SqlServer.Monitoring
{
    /// <inheritdoc />
    public partial class MonitoringReadModels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cases",
                schema: "monitoring",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OpeningLevel = table.Column<int>(type: "int", nullable: true),
                    OppSince = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "collective_approaches",
                schema: "monitoring",
                columns: table => new
                {
                    ApproachId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    TargetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SchoolIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpectedChildren = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collective_approaches", x => x.ApproachId);
                });

            migrationBuilder.CreateTable(
                name: "escalations",
                schema: "monitoring",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    To = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_escalations", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "level_changes",
                schema: "monitoring",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FromLevel = table.Column<int>(type: "int", nullable: false),
                    ToLevel = table.Column<int>(type: "int", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_level_changes", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "observations",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    AreaId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClusterId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PrincipleMask = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    AuthorRole = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_observations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ot_meetings",
                schema: "monitoring",
                columns: table => new
                {
                    MeetingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Decision = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ot_meetings", x => x.MeetingId);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                schema: "monitoring",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Category = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: true),
                    SchoolYearStart = table.Column<int>(type: "int", nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AsOf = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referrals", x => new { x.CaseId, x.DecidedOn });
                });

            migrationBuilder.CreateTable(
                name: "targets",
                schema: "monitoring",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "int", nullable: false),
                    ReductionPct = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: false),
                    SetAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_targets", x => x.SchoolYearStart);
                });

            migrationBuilder.CreateTable(
                name: "thuiszitter_periods",
                schema: "monitoring",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AsOf = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thuiszitter_periods", x => new { x.CaseId, x.Since });
                });

            migrationBuilder.CreateTable(
                name: "unit_names",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Level = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AsOf = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_names", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cases_SchoolId",
                schema: "monitoring",
                table: "cases",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_escalations_On",
                schema: "monitoring",
                table: "escalations",
                column: "On");

            migrationBuilder.CreateIndex(
                name: "IX_level_changes_CaseId",
                schema: "monitoring",
                table: "level_changes",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_level_changes_On",
                schema: "monitoring",
                table: "level_changes",
                column: "On");

            migrationBuilder.CreateIndex(
                name: "IX_observations_AreaId_On",
                schema: "monitoring",
                table: "observations",
                columns: new[] { "AreaId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_observations_On",
                schema: "monitoring",
                table: "observations",
                column: "On");

            migrationBuilder.CreateIndex(
                name: "IX_ot_meetings_HeldOn",
                schema: "monitoring",
                table: "ot_meetings",
                column: "HeldOn");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_SchoolYearStart",
                schema: "monitoring",
                table: "referrals",
                column: "SchoolYearStart");

            migrationBuilder.CreateIndex(
                name: "IX_thuiszitter_periods_Since",
                schema: "monitoring",
                table: "thuiszitter_periods",
                column: "Since");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cases",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "collective_approaches",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "escalations",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "level_changes",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "observations",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "ot_meetings",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "referrals",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "targets",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "thuiszitter_periods",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "unit_names",
                schema: "monitoring");
        }
    }
}
