using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.SqlServer.SupportCases
{
    /// <inheritdoc />
    public partial class ClosedSchoolYearsAndOneOpenCasePerPupil : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "school_year_closures",
                schema: "support_cases",
                columns: table => new
                {
                    AreaId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SchoolYearStart = table.Column<int>(type: "int", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_school_year_closures", x => new { x.AreaId, x.SchoolYearStart });
                });

            migrationBuilder.CreateIndex(
                name: "IX_cases_SchoolId_PupilRef",
                schema: "support_cases",
                table: "cases",
                columns: new[] { "SchoolId", "PupilRef" },
                unique: true,
                filter: "[Status] = N'Open'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "school_year_closures",
                schema: "support_cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_SchoolId_PupilRef",
                schema: "support_cases",
                table: "cases");
        }
    }
}
