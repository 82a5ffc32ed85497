using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.Sqlite.Neighbourhoods
{
    /// <inheritdoc />
    public partial class OutboxSupportCaseId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SupportCaseId",
                table: "neighbourhoods_outbox_messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_neighbourhoods_outbox_messages_SupportCaseId",
                table: "neighbourhoods_outbox_messages",
                column: "SupportCaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_neighbourhoods_outbox_messages_SupportCaseId",
                table: "neighbourhoods_outbox_messages");

            migrationBuilder.DropColumn(
                name: "SupportCaseId",
                table: "neighbourhoods_outbox_messages");
        }
    }
}
