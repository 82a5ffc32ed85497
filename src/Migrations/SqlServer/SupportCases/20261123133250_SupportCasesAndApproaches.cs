using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.SqlServer.SupportCases
{
    /// <inheritdoc />
    public partial class SupportCasesAndApproaches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cases",
                schema: "support_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PupilRef = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Needs = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Level = table.Column<int>(type: "int", nullable: false),
                    OppEstablishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CollectiveApproachId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosureReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "collective_approaches",
                schema: "support_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Needs = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Level = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    TargetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SchoolIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpectedChildren = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collective_approaches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "case_escalations",
                schema: "support_cases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    To = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_escalations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_escalations_cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "support_cases",
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_involvements",
                schema: "support_cases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Party = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_involvements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_involvements_cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "support_cases",
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_level_changes",
                schema: "support_cases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    From = table.Column<int>(type: "int", nullable: false),
                    To = table.Column<int>(type: "int", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_level_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_level_changes_cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "support_cases",
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_ot_meetings",
                schema: "support_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Participants = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Decision = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ReferralType = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: true),
                    Category = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: true),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_ot_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_ot_meetings_cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "support_cases",
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_referrals",
                schema: "support_cases",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Category = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SchoolYearStart = table.Column<int>(type: "int", nullable: false),
                    OtMeetingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_referrals", x => x.CaseId);
                    table.ForeignKey(
                        name: "FK_case_referrals_cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "support_cases",
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_thuiszitter_periods",
                schema: "support_cases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Since = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_thuiszitter_periods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_thuiszitter_periods_cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "support_cases",
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_case_escalations_CaseId",
                schema: "support_cases",
                table: "case_escalations",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_case_involvements_CaseId",
                schema: "support_cases",
                table: "case_involvements",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_case_level_changes_CaseId",
                schema: "support_cases",
                table: "case_level_changes",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_case_ot_meetings_CaseId",
                schema: "support_cases",
                table: "case_ot_meetings",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_case_referrals_SchoolYearStart",
                schema: "support_cases",
                table: "case_referrals",
                column: "SchoolYearStart");

            migrationBuilder.CreateIndex(
                name: "IX_case_thuiszitter_periods_CaseId",
                schema: "support_cases",
                table: "case_thuiszitter_periods",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_SchoolId_PupilRef",
                schema: "support_cases",
                table: "cases",
                columns: new[] { "SchoolId", "PupilRef" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_SchoolId_Status",
                schema: "support_cases",
                table: "cases",
                columns: new[] { "SchoolId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_escalations",
                schema: "support_cases");

            migrationBuilder.DropTable(
                name: "case_involvements",
                schema: "support_cases");

            migrationBuilder.DropTable(
                name: "case_level_changes",
                schema: "support_cases");

            migrationBuilder.DropTable(
                name: "case_ot_meetings",
                schema: "support_cases");

            migrationBuilder.DropTable(
                name: "case_referrals",
                schema: "support_cases");

            migrationBuilder.DropTable(
                name: "case_thuiszitter_periods",
                schema: "support_cases");

            migrationBuilder.DropTable(
                name: "collective_approaches",
                schema: "support_cases");

            migrationBuilder.DropTable(
                name: "cases",
                schema: "support_cases");
        }
    }
}
