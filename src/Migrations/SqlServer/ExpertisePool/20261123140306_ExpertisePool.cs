using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.SqlServer.ExpertisePool
{
    /// <inheritdoc />
    public partial class ExpertisePool : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "professionals",
                schema: "expertise_pool",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Organisation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Expertise = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AreaIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    HoursPerWeek = table.Column<decimal>(type: "decimal(6,2)", precision: 6, scale: 2, nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ClusterId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AreaId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Expertise = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Hours = table.Column<decimal>(type: "decimal(6,2)", precision: 6, scale: 2, nullable: false),
                    Urgency = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    SupportCaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ProfessionalId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AssignedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AssignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WaitingSeconds = table.Column<long>(type: "bigint", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CancellationReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "support_cases",
                schema: "expertise_pool",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProfessionalId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Hours = table.Column<decimal>(type: "decimal(6,2)", precision: 6, scale: 2, nullable: false),
                    LoggedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                name: "professionals",
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
