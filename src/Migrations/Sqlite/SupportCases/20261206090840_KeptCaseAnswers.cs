using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.Sqlite.SupportCases
{
    /// <inheritdoc />
    public partial class KeptCaseAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "Answer",
                table: "support_cases_cases",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AnswerShape",
                table: "support_cases_cases",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Answer",
                table: "support_cases_cases");

            migrationBuilder.DropColumn(
                name: "AnswerShape",
                table: "support_cases_cases");
        }
    }
}
