using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.Sqlite.ExpertisePool
{
    /// <inheritdoc />
    public partial class ExpertisePool : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "expertise_pool_professionals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Expertise = table.Column<string>(type: "TEXT", nullable: false),
                    AreaIds = table.Column<string>(type: "TEXT", nullable: false),
                    HoursPerWeek = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeactivatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expertise_pool_professionals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "expertise_pool_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClusterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Expertise = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    SupportCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProfessionalId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WaitingSeconds = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expertise_pool_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "expertise_pool_support_cases",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expertise_pool_support_cases", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "expertise_pool_time_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProfessionalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    LoggedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expertise_pool_time_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_expertise_pool_time_entries_expertise_pool_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "expertise_pool_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_expertise_pool_professionals_IsActive",
                table: "expertise_pool_professionals",
                column: "IsActive");

            migrationBuilder.CreateIndex(
                name: "IX_expertise_pool_requests_ClusterId",
                table: "expertise_pool_requests",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_expertise_pool_requests_ProfessionalId_Status",
                table: "expertise_pool_requests",
                columns: new[] { "ProfessionalId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_expertise_pool_requests_SchoolId",
                table: "expertise_pool_requests",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_expertise_pool_requests_Status_AreaId_Expertise",
                table: "expertise_pool_requests",
                columns: new[] { "Status", "AreaId", "Expertise" });

            migrationBuilder.CreateIndex(
                name: "IX_expertise_pool_time_entries_ProfessionalId_On",
                table: "expertise_pool_time_entries",
                columns: new[] { "ProfessionalId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_expertise_pool_time_entries_RequestId",
                table: "expertise_pool_time_entries",
                column: "RequestId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "expertise_pool_professionals");

            migrationBuilder.DropTable(
                name: "expertise_pool_support_cases");

            migrationBuilder.DropTable(
                name: "expertise_pool_time_entries");

            migrationBuilder.DropTable(
                name: "expertise_pool_requests");
        }
    }
}
