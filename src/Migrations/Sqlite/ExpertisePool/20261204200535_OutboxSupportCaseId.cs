using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.Sqlite.ExpertisePool
{
    /// <inheritdoc />
    public partial class OutboxSupportCaseId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SupportCaseId",
                table: "expertise_pool_outbox_messages",
                type: "TEXT",
                nullable: true);

            // Rows written before the column: the payload names the case as "supportCaseId":"<guid>", in lower case.
            migrationBuilder.Sql(
                """
                UPDATE "expertise_pool_outbox_messages"
                SET "SupportCaseId" = upper(substr("Payload", instr("Payload", '"supportCaseId":"') + 17, 36))
                WHERE instr("Payload", '"supportCaseId":"') > 0;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_expertise_pool_outbox_messages_SupportCaseId",
                table: "expertise_pool_outbox_messages",
                column: "SupportCaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_expertise_pool_outbox_messages_SupportCaseId",
                table: "expertise_pool_outbox_messages");

            migrationBuilder.DropColumn(
                name: "SupportCaseId",
                table: "expertise_pool_outbox_messages");
        }
    }
}
