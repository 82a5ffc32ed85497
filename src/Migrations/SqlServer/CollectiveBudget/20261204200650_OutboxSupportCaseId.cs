using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.SqlServer.CollectiveBudget
{
    /// <inheritdoc />
    public partial class OutboxSupportCaseId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SupportCaseId",
                schema: "collective_budget",
                table: "outbox_messages",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_SupportCaseId",
                schema: "collective_budget",
                table: "outbox_messages",
                column: "SupportCaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_SupportCaseId",
                schema: "collective_budget",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "SupportCaseId",
                schema: "collective_budget",
                table: "outbox_messages");
        }
    }
}
