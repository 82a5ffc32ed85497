using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.SqlServer.ExpertisePool
{
    /// <inheritdoc />
    public partial class OutboxSupportCaseId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SupportCaseId",
                schema: "expertise_pool",
                table: "outbox_messages",
                type: "uniqueidentifier",
                nullable: true);

            // Rows written before the column: the payload names the case as "supportCaseId":"<guid>". Run through
            // EXEC because the idempotent script compiles its batch before the column exists.
            migrationBuilder.Sql(
                """
                EXEC(N'UPDATE [expertise_pool].[outbox_messages]
                SET [SupportCaseId] = CONVERT(uniqueidentifier, SUBSTRING([Payload], CHARINDEX(''"supportCaseId":"'', [Payload]) + 17, 36))
                WHERE CHARINDEX(''"supportCaseId":"'', [Payload]) > 0');
                """);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_SupportCaseId",
                schema: "expertise_pool",
                table: "outbox_messages",
                column: "SupportCaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_SupportCaseId",
                schema: "expertise_pool",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "SupportCaseId",
                schema: "expertise_pool",
                table: "outbox_messages");
        }
    }
}
