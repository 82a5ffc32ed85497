using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.Sqlite.Neighbourhoods
{
    /// <inheritdoc />
    public partial class SchoolLocations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Latitude",
                table: "neighbourhoods_schools",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LocationIsPlaceholder",
                table: "neighbourhoods_schools",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<double>(
                name: "Longitude",
                table: "neighbourhoods_schools",
                type: "REAL",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Latitude",
                table: "neighbourhoods_schools");

            migrationBuilder.DropColumn(
                name: "LocationIsPlaceholder",
                table: "neighbourhoods_schools");

            migrationBuilder.DropColumn(
                name: "Longitude",
                table: "neighbourhoods_schools");
        }
    }
}
