using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.SqlServer.Idempotency
{
    /// <inheritdoc />
    public partial class IdempotencyEffectFence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EffectAggregate",
                schema: "idempotency",
                table: "keys",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EffectAggregateId",
                schema: "idempotency",
                table: "keys",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EffectCommittedAt",
                schema: "idempotency",
                table: "keys",
                type: "datetime2",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EffectAggregate",
                schema: "idempotency",
                table: "keys");

            migrationBuilder.DropColumn(
                name: "EffectAggregateId",
                schema: "idempotency",
                table: "keys");

            migrationBuilder.DropColumn(
                name: "EffectCommittedAt",
                schema: "idempotency",
                table: "keys");
        }
    }
}
