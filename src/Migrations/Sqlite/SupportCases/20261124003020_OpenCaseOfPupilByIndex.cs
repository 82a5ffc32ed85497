using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.Sqlite.SupportCases
{
    /// <inheritdoc />
    public partial class OpenCaseOfPupilByIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_support_cases_cases_SchoolId_PupilRef",
                table: "support_cases_cases");

            migrationBuilder.CreateIndex(
                name: "IX_support_cases_cases_SchoolId_PupilRef_Status",
                table: "support_cases_cases",
                columns: new[] { "SchoolId", "PupilRef", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_support_cases_cases_SchoolId_PupilRef_Status",
                table: "support_cases_cases");

            migrationBuilder.CreateIndex(
                name: "IX_support_cases_cases_SchoolId_PupilRef",
                table: "support_cases_cases",
                columns: new[] { "SchoolId", "PupilRef" });
        }
    }
}
