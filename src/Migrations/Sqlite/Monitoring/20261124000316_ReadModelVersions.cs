using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace GeenKindDeBuurtUit.Migrations.Sqlite.Monitoring
{
    /// <inheritdoc />
    public partial class ReadModelVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "monitoring_read_model_versions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_read_model_versions", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "monitoring_read_model_versions",
                columns: new[] { "Id", "Version" },
                values: new object[,]
                {
                    { 1, 0L },
                    { 2, 0L }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "monitoring_read_model_versions");
        }
    }
}
