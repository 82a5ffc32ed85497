using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.Sqlite.Audit
{
    /// <inheritdoc />
    public partial class AuditDetail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Detail",
                table: "audit_records",
                type: "TEXT",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Not DropColumn: EF drops a column on SQLite by rebuilding the table, which takes the
            // append-only triggers with it. SQLite's own DROP COLUMN keeps them.
            migrationBuilder.Sql("ALTER TABLE audit_records DROP COLUMN Detail;");
        }
    }
}
