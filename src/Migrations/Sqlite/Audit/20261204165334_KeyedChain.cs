using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.Sqlite.Audit
{
    /// <inheritdoc />
    public partial class KeyedChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Seal",
                table: "audit_chain_head",
                type: "TEXT",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "UnkeyedUntil",
                table: "audit_chain_head",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.UpdateData(
                table: "audit_chain_head",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "Seal", "UnkeyedUntil" },
                values: new object[] { null, 0L });

            // Every record so far was hashed with plain SHA-256: the head marks where they end, and
            // the first start with the key seals them (docs/adr/0035).
            migrationBuilder.Sql("UPDATE audit_chain_head SET UnkeyedUntil = Sequence;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Seal",
                table: "audit_chain_head");

            migrationBuilder.DropColumn(
                name: "UnkeyedUntil",
                table: "audit_chain_head");
        }
    }
}
