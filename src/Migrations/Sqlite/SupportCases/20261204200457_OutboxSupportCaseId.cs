using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.Sqlite.SupportCases
{
    /// <inheritdoc />
    public partial class OutboxSupportCaseId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SupportCaseId",
                table: "support_cases_outbox_messages",
                type: "TEXT",
                nullable: true);

            // Rows written before the column: the payload names the case as "caseId":"<guid>", in lower case.
            migrationBuilder.Sql(
                """
                UPDATE "support_cases_outbox_messages"
                SET "SupportCaseId" = upper(substr("Payload", instr("Payload", '"caseId":"') + 10, 36))
                WHERE instr("Payload", '"caseId":"') > 0;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_support_cases_outbox_messages_SupportCaseId",
                table: "support_cases_outbox_messages",
                column: "SupportCaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_support_cases_outbox_messages_SupportCaseId",
                table: "support_cases_outbox_messages");

            migrationBuilder.DropColumn(
                name: "SupportCaseId",
                table: "support_cases_outbox_messages");
        }
    }
}
