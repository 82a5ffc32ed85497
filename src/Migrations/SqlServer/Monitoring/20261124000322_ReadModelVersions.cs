using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace GeenKindDeBuurtUit.Migrations.SqlServer.Monitoring
{
    /// <inheritdoc />
    public partial class ReadModelVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "read_model_versions",
                schema: "monitoring",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_read_model_versions", x => x.Id);
                });

            migrationBuilder.InsertData(
                schema: "monitoring",
                table: "read_model_versions",
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
                name: "read_model_versions",
                schema: "monitoring");
        }
    }
}
