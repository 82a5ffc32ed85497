using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.Sqlite.Monitoring
{
    /// <inheritdoc />
    public partial class FiguresClosure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "monitoring_school_year_figures",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_school_year_figures", x => x.SchoolYearStart);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_school_year_figures_steps",
                columns: table => new
                {
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_school_year_figures_steps", x => new { x.SchoolYearStart, x.Revision });
                    table.ForeignKey(
                        name: "FK_monitoring_school_year_figures_steps_monitoring_school_year_figures_SchoolYearStart",
                        column: x => x.SchoolYearStart,
                        principalTable: "monitoring_school_year_figures",
                        principalColumn: "SchoolYearStart",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "monitoring_school_year_figures_steps");

            migrationBuilder.DropTable(
                name: "monitoring_school_year_figures");
        }
    }
}
