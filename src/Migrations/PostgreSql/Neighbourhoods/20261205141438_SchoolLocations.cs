using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.PostgreSql.Neighbourhoods
{
    /// <inheritdoc />
    public partial class SchoolLocations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Latitude",
                schema: "neighbourhoods",
                table: "schools",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LocationIsPlaceholder",
                schema: "neighbourhoods",
                table: "schools",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<double>(
                name: "Longitude",
                schema: "neighbourhoods",
                table: "schools",
                type: "double precision",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Latitude",
                schema: "neighbourhoods",
                table: "schools");

            migrationBuilder.DropColumn(
                name: "LocationIsPlaceholder",
                schema: "neighbourhoods",
                table: "schools");

            migrationBuilder.DropColumn(
                name: "Longitude",
                schema: "neighbourhoods",
                table: "schools");
        }
    }
}
