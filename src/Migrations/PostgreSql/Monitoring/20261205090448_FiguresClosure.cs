using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.PostgreSql.Monitoring
{
    /// <inheritdoc />
    public partial class FiguresClosure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "school_year_figures",
                schema: "monitoring",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "integer", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_school_year_figures", x => x.SchoolYearStart);
                });

            migrationBuilder.CreateTable(
                name: "school_year_figures_steps",
                schema: "monitoring",
                columns: table => new
                {
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    SchoolYearStart = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_school_year_figures_steps", x => new { x.SchoolYearStart, x.Revision });
                    table.ForeignKey(
                        name: "FK_school_year_figures_steps_school_year_figures_SchoolYearSta~",
                        column: x => x.SchoolYearStart,
                        principalSchema: "monitoring",
                        principalTable: "school_year_figures",
                        principalColumn: "SchoolYearStart",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "school_year_figures_steps",
                schema: "monitoring");

            migrationBuilder.DropTable(
                name: "school_year_figures",
                schema: "monitoring");
        }
    }
}
