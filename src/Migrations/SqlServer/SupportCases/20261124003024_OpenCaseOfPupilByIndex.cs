using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.SqlServer.SupportCases
{
    /// <inheritdoc />
    public partial class OpenCaseOfPupilByIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_SchoolId_PupilRef",
                schema: "support_cases",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "IX_cases_SchoolId_PupilRef_Status",
                schema: "support_cases",
                table: "cases",
                columns: new[] { "SchoolId", "PupilRef", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_SchoolId_PupilRef_Status",
                schema: "support_cases",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "IX_cases_SchoolId_PupilRef",
                schema: "support_cases",
                table: "cases",
                columns: new[] { "SchoolId", "PupilRef" });
        }
    }
}
