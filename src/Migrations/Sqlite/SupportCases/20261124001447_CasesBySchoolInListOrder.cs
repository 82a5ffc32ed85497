using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.Sqlite.SupportCases
{
    /// <inheritdoc />
    public partial class CasesBySchoolInListOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_support_cases_cases_SchoolId_OpenedOn_Id",
                table: "support_cases_cases",
                columns: new[] { "SchoolId", "OpenedOn", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_support_cases_cases_SchoolId_OpenedOn_Id",
                table: "support_cases_cases");
        }
    }
}
