using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.Sqlite.Monitoring
{
    /// <inheritdoc />
    public partial class PoolAndBudgetFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "monitoring_budgets",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Pooled = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    FreedFunds = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Allocated = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Spent = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    AsOf = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_budgets", x => new { x.SchoolYearStart, x.AreaId });
                });

            migrationBuilder.CreateTable(
                name: "monitoring_expertise_hours",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Expertise = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_expertise_hours", x => x.EntryId);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_expertise_requests",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Expertise = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AssignedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WaitingSeconds = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_expertise_requests", x => x.RequestId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_expertise_hours_AreaId_On",
                table: "monitoring_expertise_hours",
                columns: new[] { "AreaId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_expertise_requests_AreaId",
                table: "monitoring_expertise_requests",
                column: "AreaId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "monitoring_budgets");

            migrationBuilder.DropTable(
                name: "monitoring_expertise_hours");

            migrationBuilder.DropTable(
                name: "monitoring_expertise_requests");
        }
    }
}
