using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.PostgreSql.ExpertisePool
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "expertise_pool");

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "expertise_pool",
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
                schema: "expertise_pool",
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
                name: "professionals",
                schema: "expertise_pool",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Expertise = table.Column<string[]>(type: "text[]", nullable: false),
                    AreaIds = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    HoursPerWeek = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    DeactivatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_professionals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "requests",
                schema: "expertise_pool",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: true),
                    ClusterId = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestingSchoolIds = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    Expertise = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    Urgency = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    SupportCaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ProfessionalId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AssignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WaitingSeconds = table.Column<long>(type: "bigint", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CancellationReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "school_placements",
                schema: "expertise_pool",
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
                schema: "expertise_pool",
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
                name: "support_cases",
                schema: "expertise_pool",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_cases", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "time_entries",
                schema: "expertise_pool",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProfessionalId = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    LoggedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_time_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_time_entries_requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "expertise_pool",
                        principalTable: "requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt_OccurredAt",
                schema: "expertise_pool",
                table: "outbox_messages",
                columns: new[] { "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_SupportCaseId",
                schema: "expertise_pool",
                table: "outbox_messages",
                column: "SupportCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_professionals_IsActive",
                schema: "expertise_pool",
                table: "professionals",
                column: "IsActive");

            migrationBuilder.CreateIndex(
                name: "IX_requests_ClusterId",
                schema: "expertise_pool",
                table: "requests",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_requests_ProfessionalId_Status",
                schema: "expertise_pool",
                table: "requests",
                columns: new[] { "ProfessionalId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_requests_SchoolId",
                schema: "expertise_pool",
                table: "requests",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_requests_Status_AreaId_Expertise",
                schema: "expertise_pool",
                table: "requests",
                columns: new[] { "Status", "AreaId", "Expertise" });

            migrationBuilder.CreateIndex(
                name: "IX_school_placements_AreaId",
                schema: "expertise_pool",
                table: "school_placements",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_school_placements_ClusterId",
                schema: "expertise_pool",
                table: "school_placements",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_time_entries_ProfessionalId_On",
                schema: "expertise_pool",
                table: "time_entries",
                columns: new[] { "ProfessionalId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_time_entries_RequestId",
                schema: "expertise_pool",
                table: "time_entries",
                column: "RequestId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "expertise_pool");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "expertise_pool");

            migrationBuilder.DropTable(
                name: "professionals",
                schema: "expertise_pool");

            migrationBuilder.DropTable(
                name: "school_placements",
                schema: "expertise_pool");

            migrationBuilder.DropTable(
                name: "school_year_closures",
                schema: "expertise_pool");

            migrationBuilder.DropTable(
                name: "support_cases",
                schema: "expertise_pool");

            migrationBuilder.DropTable(
                name: "time_entries",
                schema: "expertise_pool");

            migrationBuilder.DropTable(
                name: "requests",
                schema: "expertise_pool");
        }
    }
}
