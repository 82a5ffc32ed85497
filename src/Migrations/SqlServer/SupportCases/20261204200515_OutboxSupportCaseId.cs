using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.SqlServer.SupportCases
{
    /// <inheritdoc />
    public partial class OutboxSupportCaseId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SupportCaseId",
                schema: "support_cases",
                table: "outbox_messages",
                type: "uniqueidentifier",
                nullable: true);

            // Rows written before the column: the payload names the case as "caseId":"<guid>". Run through
            // EXEC because the idempotent script compiles its batch before the column exists.
            migrationBuilder.Sql(
                """
                EXEC(N'UPDATE [support_cases].[outbox_messages]
                SET [SupportCaseId] = CONVERT(uniqueidentifier, SUBSTRING([Payload], CHARINDEX(''"caseId":"'', [Payload]) + 10, 36))
                WHERE CHARINDEX(''"caseId":"'', [Payload]) > 0');
                """);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_SupportCaseId",
                schema: "support_cases",
                table: "outbox_messages",
                column: "SupportCaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_SupportCaseId",
                schema: "support_cases",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "SupportCaseId",
                schema: "support_cases",
                table: "outbox_messages");
        }
    }
}
