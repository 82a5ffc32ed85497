using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.Sqlite.SupportCases
{
    /// <inheritdoc />
    public partial class ClosedSchoolYearsAndOneOpenCasePerPupil : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "support_cases_school_year_closures",
                columns: table => new
                {
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_cases_school_year_closures", x => new { x.AreaId, x.SchoolYearStart });
                });

            migrationBuilder.CreateIndex(
                name: "IX_support_cases_cases_SchoolId_PupilRef",
                table: "support_cases_cases",
                columns: new[] { "SchoolId", "PupilRef" },
                unique: true,
                filter: "\"Status\" = 'Open'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "support_cases_school_year_closures");

            migrationBuilder.DropIndex(
                name: "IX_support_cases_cases_SchoolId_PupilRef",
                table: "support_cases_cases");
        }
    }
}
