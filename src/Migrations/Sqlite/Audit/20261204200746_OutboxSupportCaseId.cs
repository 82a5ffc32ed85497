using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.Sqlite.Audit
{
    /// <inheritdoc />
    public partial class OutboxSupportCaseId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SupportCaseId",
                table: "audit_outbox_messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_outbox_messages_SupportCaseId",
                table: "audit_outbox_messages",
                column: "SupportCaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_audit_outbox_messages_SupportCaseId",
                table: "audit_outbox_messages");

            migrationBuilder.DropColumn(
                name: "SupportCaseId",
                table: "audit_outbox_messages");
        }
    }
}
