using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.SqlServer.Monitoring
{
    /// <inheritdoc />
    public partial class PoolAndBudgetFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "budgets",
                schema: "monitoring",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "int", nullable: false),
                    AreaId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Pooled = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    FreedFunds = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Allocated = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Spent = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    AsOf = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_budgets", x => new { x.SchoolYearStart, x.AreaId });
                });

            migrationBuilder.CreateTable(
                name: "expertise_hours",
                schema: "monitoring",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AreaId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Expertise = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Hours = table.Column<decimal>(type: "decimal(6,2)", precision: 6, scale: 2, nullable: false)
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
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AreaId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Expertise = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AssignedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    WaitingSeconds = table.Column<long>(type: "bigint", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expertise_requests", x => x.RequestId);
                });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "budgets",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "expertise_hours",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "expertise_requests",
                schema: "monitoring");
        }
    }
}
