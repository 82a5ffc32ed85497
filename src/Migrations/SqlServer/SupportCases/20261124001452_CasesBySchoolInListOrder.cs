using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.SqlServer.SupportCases
{
    /// <inheritdoc />
    public partial class CasesBySchoolInListOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_cases_SchoolId_OpenedOn_Id",
                schema: "support_cases",
                table: "cases",
                columns: new[] { "SchoolId", "OpenedOn", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_SchoolId_OpenedOn_Id",
                schema: "support_cases",
                table: "cases");
        }
    }
}
