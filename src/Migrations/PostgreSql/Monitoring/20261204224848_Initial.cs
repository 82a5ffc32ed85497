using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace GeenKindDeBuurtUit.Migrations.PostgreSql.Monitoring
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "monitoring");

            migrationBuilder.CreateTable(
                name: "budgets",
                schema: "monitoring",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "integer", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    Pooled = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    FreedFunds = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Allocated = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Spent = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    AsOf = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_budgets", x => new { x.SchoolYearStart, x.AreaId });
                });

            migrationBuilder.CreateTable(
                name: "cases",
                schema: "monitoring",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OpeningLevel = table.Column<int>(type: "integer", nullable: true),
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
                    ApproachId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TargetId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpectedChildren = table.Column<int>(type: "integer", nullable: false)
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
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    To = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_escalations", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "expertise_hours",
                schema: "monitoring",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    Expertise = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expertise_hours", x => x.EntryId);
                });

            migrationBuilder.CreateTable(
                name: "expertise_requests",
                schema: "monitoring",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    Expertise = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AssignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    WaitingSeconds = table.Column<long>(type: "bigint", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expertise_requests", x => x.RequestId);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "monitoring",
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
                name: "level_changes",
                schema: "monitoring",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromLevel = table.Column<int>(type: "integer", nullable: false),
                    ToLevel = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClusterId = table.Column<Guid>(type: "uuid", nullable: true),
                    PrincipleMask = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AuthorRole = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Decision = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ot_meetings", x => x.MeetingId);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "monitoring",
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
                name: "read_model_versions",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_read_model_versions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "referral_summaries",
                schema: "monitoring",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "integer", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Referrals = table.Column<int>(type: "integer", nullable: false),
                    Sbo = table.Column<int>(type: "integer", nullable: false),
                    SoLow = table.Column<int>(type: "integer", nullable: false),
                    SoMedium = table.Column<int>(type: "integer", nullable: false),
                    SoHigh = table.Column<int>(type: "integer", nullable: false),
                    Withdrawn = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referral_summaries", x => new { x.SchoolYearStart, x.SchoolId });
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                schema: "monitoring",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Category = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    SchoolYearStart = table.Column<int>(type: "integer", nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AsOf = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referrals", x => new { x.CaseId, x.DecidedOn });
                });

            migrationBuilder.CreateTable(
                name: "school_placements",
                schema: "monitoring",
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
                name: "targets",
                schema: "monitoring",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "integer", nullable: false),
                    ReductionPct = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    SetAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
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
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AsOf = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AsOf = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_names", x => x.Id);
                });

            migrationBuilder.InsertData(
                schema: "monitoring",
                table: "read_model_versions",
                columns: new[] { "Id", "Version" },
                values: new object[,]
                {
                    { 1, 0L },
                    { 2, 0L }
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
                name: "IX_expertise_hours_AreaId_On",
                schema: "monitoring",
                table: "expertise_hours",
                columns: new[] { "AreaId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_expertise_requests_AreaId",
                schema: "monitoring",
                table: "expertise_requests",
                column: "AreaId");

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
                name: "IX_outbox_messages_ProcessedAt_OccurredAt",
                schema: "monitoring",
                table: "outbox_messages",
                columns: new[] { "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_SupportCaseId",
                schema: "monitoring",
                table: "outbox_messages",
                column: "SupportCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_referral_summaries_SchoolId",
                schema: "monitoring",
                table: "referral_summaries",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_SchoolYearStart",
                schema: "monitoring",
                table: "referrals",
                column: "SchoolYearStart");

            migrationBuilder.CreateIndex(
                name: "IX_school_placements_AreaId",
                schema: "monitoring",
                table: "school_placements",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_school_placements_ClusterId",
                schema: "monitoring",
                table: "school_placements",
                column: "ClusterId");

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
                name: "budgets",
                schema: "monitoring");

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
                name: "expertise_hours",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "expertise_requests",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "inbox_messages",
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
                name: "outbox_messages",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "read_model_versions",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "referral_summaries",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "referrals",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "school_placements",
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
