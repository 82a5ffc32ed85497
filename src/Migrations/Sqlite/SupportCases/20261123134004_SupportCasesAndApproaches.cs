using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.Sqlite.SupportCases
{
    /// <inheritdoc />
    public partial class SupportCasesAndApproaches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "support_cases_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PupilRef = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Needs = table.Column<string>(type: "TEXT", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    OppEstablishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CollectiveApproachId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosureReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_cases_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "support_cases_collective_approaches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Needs = table.Column<string>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolIds = table.Column<string>(type: "TEXT", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExpectedChildren = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_cases_collective_approaches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "support_cases_case_escalations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    To = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_cases_case_escalations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_support_cases_case_escalations_support_cases_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "support_cases_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "support_cases_case_involvements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Party = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_cases_case_involvements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_support_cases_case_involvements_support_cases_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "support_cases_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "support_cases_case_level_changes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    From = table.Column<int>(type: "INTEGER", nullable: false),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_cases_case_level_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_support_cases_case_level_changes_support_cases_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "support_cases_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "support_cases_case_ot_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Participants = table.Column<string>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReferralType = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_cases_case_ot_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_support_cases_case_ot_meetings_support_cases_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "support_cases_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "support_cases_case_referrals",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SchoolYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    OtMeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_cases_case_referrals", x => x.CaseId);
                    table.ForeignKey(
                        name: "FK_support_cases_case_referrals_support_cases_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "support_cases_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "support_cases_case_thuiszitter_periods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_cases_case_thuiszitter_periods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_support_cases_case_thuiszitter_periods_support_cases_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "support_cases_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_support_cases_case_escalations_CaseId",
                table: "support_cases_case_escalations",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_support_cases_case_involvements_CaseId",
                table: "support_cases_case_involvements",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_support_cases_case_level_changes_CaseId",
                table: "support_cases_case_level_changes",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_support_cases_case_ot_meetings_CaseId",
                table: "support_cases_case_ot_meetings",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_support_cases_case_referrals_SchoolYearStart",
                table: "support_cases_case_referrals",
                column: "SchoolYearStart");

            migrationBuilder.CreateIndex(
                name: "IX_support_cases_case_thuiszitter_periods_CaseId",
                table: "support_cases_case_thuiszitter_periods",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_support_cases_cases_SchoolId_PupilRef",
                table: "support_cases_cases",
                columns: new[] { "SchoolId", "PupilRef" });

            migrationBuilder.CreateIndex(
                name: "IX_support_cases_cases_SchoolId_Status",
                table: "support_cases_cases",
                columns: new[] { "SchoolId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "support_cases_case_escalations");

            migrationBuilder.DropTable(
                name: "support_cases_case_involvements");

            migrationBuilder.DropTable(
                name: "support_cases_case_level_changes");

            migrationBuilder.DropTable(
                name: "support_cases_case_ot_meetings");

            migrationBuilder.DropTable(
                name: "support_cases_case_referrals");

            migrationBuilder.DropTable(
                name: "support_cases_case_thuiszitter_periods");

            migrationBuilder.DropTable(
                name: "support_cases_collective_approaches");

            migrationBuilder.DropTable(
                name: "support_cases_cases");
        }
    }
}
