using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.Sqlite.Idempotency
{
    /// <inheritdoc />
    public partial class IdempotencyEffectFence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EffectAggregate",
                table: "idempotency_keys",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EffectAggregateId",
                table: "idempotency_keys",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EffectCommittedAt",
                table: "idempotency_keys",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EffectAggregate",
                table: "idempotency_keys");

            migrationBuilder.DropColumn(
                name: "EffectAggregateId",
                table: "idempotency_keys");

            migrationBuilder.DropColumn(
                name: "EffectCommittedAt",
                table: "idempotency_keys");
        }
    }
}
