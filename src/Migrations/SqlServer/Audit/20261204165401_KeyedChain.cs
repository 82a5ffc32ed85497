using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.SqlServer.Audit
{
    /// <inheritdoc />
    public partial class KeyedChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Seal",
                schema: "audit",
                table: "chain_head",
                type: "nchar(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "UnkeyedUntil",
                schema: "audit",
                table: "chain_head",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.UpdateData(
                schema: "audit",
                table: "chain_head",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "Seal", "UnkeyedUntil" },
                values: new object[] { null, 0L });

            // Every record so far was hashed with plain SHA-256: the head marks where they end, and
            // the first start with the key seals them (docs/adr/0035).
            // In EXEC: the idempotent script is one batch, and SQL Server resolves the new column when it compiles it.
            migrationBuilder.Sql("EXEC(N'UPDATE [audit].[chain_head] SET [UnkeyedUntil] = [Sequence];');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Seal",
                schema: "audit",
                table: "chain_head");

            migrationBuilder.DropColumn(
                name: "UnkeyedUntil",
                schema: "audit",
                table: "chain_head");
        }
    }
}
