using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.Sqlite.Monitoring
{
    /// <inheritdoc />
    public partial class TargetVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A stored target starts at version 1 (a year nobody set reads as 0), targets stored before this migration too.
            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "monitoring_targets",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "monitoring_targets");
        }
    }
}
