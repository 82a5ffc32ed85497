using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.SqlServer.Monitoring
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
                schema: "monitoring",
                table: "targets",
                type: "bigint",
                nullable: false,
                defaultValue: 1L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                schema: "monitoring",
                table: "targets");
        }
    }
}
