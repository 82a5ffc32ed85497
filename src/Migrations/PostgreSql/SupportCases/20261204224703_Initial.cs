using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.PostgreSql.SupportCases
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "support_cases");

            migrationBuilder.CreateTable(
                name: "cases",
                schema: "support_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    PupilRef = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Needs = table.Column<string[]>(type: "text[]", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    OppEstablishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CollectiveApproachId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosureReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Needs = table.Column<string[]>(type: "text[]", nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TargetId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolIds = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpectedChildren = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collective_approaches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "support_cases",
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
                name: "outbox_messages",
                schema: "support_cases",
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
                name: "school_placements",
                schema: "support_cases",
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
                name: "school_year_closures",
                schema: "support_cases",
                columns: table => new
                {
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolYearStart = table.Column<int>(type: "integer", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_school_year_closures", x => new { x.AreaId, x.SchoolYearStart });
                });

            migrationBuilder.CreateTable(
                name: "case_escalations",
                schema: "support_cases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    To = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Party = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    From = table.Column<int>(type: "integer", nullable: false),
                    To = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Participants = table.Column<string[]>(type: "text[]", nullable: false),
                    Decision = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReferralType = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    Category = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Category = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SchoolYearStart = table.Column<int>(type: "integer", nullable: false),
                    OtMeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Since = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false)
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
                name: "IX_cases_SchoolId_OpenedOn_Id",
                schema: "support_cases",
                table: "cases",
                columns: new[] { "SchoolId", "OpenedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_SchoolId_PupilRef",
                schema: "support_cases",
                table: "cases",
                columns: new[] { "SchoolId", "PupilRef" },
                unique: true,
                filter: "\"Status\" = 'Open'");

            migrationBuilder.CreateIndex(
                name: "IX_cases_SchoolId_PupilRef_Status",
                schema: "support_cases",
                table: "cases",
                columns: new[] { "SchoolId", "PupilRef", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_SchoolId_Status",
                schema: "support_cases",
                table: "cases",
                columns: new[] { "SchoolId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt_OccurredAt",
                schema: "support_cases",
                table: "outbox_messages",
                columns: new[] { "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_SupportCaseId",
                schema: "support_cases",
                table: "outbox_messages",
                column: "SupportCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_school_placements_AreaId",
                schema: "support_cases",
                table: "school_placements",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_school_placements_ClusterId",
                schema: "support_cases",
                table: "school_placements",
                column: "ClusterId");
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
                name: "inbox_messages",
                schema: "support_cases");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "support_cases");

            migrationBuilder.DropTable(
                name: "school_placements",
                schema: "support_cases");

            migrationBuilder.DropTable(
                name: "school_year_closures",
                schema: "support_cases");

            migrationBuilder.DropTable(
                name: "cases",
                schema: "support_cases");
        }
    }
}
