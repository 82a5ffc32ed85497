using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.Sqlite.SupportCases
{
    /// <inheritdoc />
    public partial class ImportedHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "support_cases_referral_histories",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_cases_referral_histories", x => x.SchoolYearStart);
                });

            migrationBuilder.CreateTable(
                name: "support_cases_school_brins",
                columns: table => new
                {
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Brin = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_cases_school_brins", x => x.SchoolId);
                });

            migrationBuilder.CreateTable(
                name: "support_cases_school_year_figures_closures",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_cases_school_year_figures_closures", x => x.SchoolYearStart);
                });

            migrationBuilder.CreateTable(
                name: "support_cases_thuiszitter_histories",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_cases_thuiszitter_histories", x => x.SchoolYearStart);
                });

            migrationBuilder.CreateTable(
                name: "support_cases_referral_history_rows",
                columns: table => new
                {
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    Sbo = table.Column<int>(type: "INTEGER", nullable: false),
                    SoLow = table.Column<int>(type: "INTEGER", nullable: false),
                    SoMedium = table.Column<int>(type: "INTEGER", nullable: false),
                    SoHigh = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_cases_referral_history_rows", x => new { x.SchoolYearStart, x.SchoolId });
                    table.ForeignKey(
                        name: "FK_support_cases_referral_history_rows_support_cases_referral_histories_SchoolYearStart",
                        column: x => x.SchoolYearStart,
                        principalTable: "support_cases_referral_histories",
                        principalColumn: "SchoolYearStart",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "support_cases_thuiszitter_history_rows",
                columns: table => new
                {
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_cases_thuiszitter_history_rows", x => new { x.SchoolYearStart, x.AreaId });
                    table.ForeignKey(
                        name: "FK_support_cases_thuiszitter_history_rows_support_cases_thuiszitter_histories_SchoolYearStart",
                        column: x => x.SchoolYearStart,
                        principalTable: "support_cases_thuiszitter_histories",
                        principalColumn: "SchoolYearStart",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_support_cases_referral_history_rows_SchoolId",
                table: "support_cases_referral_history_rows",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_support_cases_school_brins_Brin",
                table: "support_cases_school_brins",
                column: "Brin",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "support_cases_referral_history_rows");

            migrationBuilder.DropTable(
                name: "support_cases_school_brins");

            migrationBuilder.DropTable(
                name: "support_cases_school_year_figures_closures");

            migrationBuilder.DropTable(
                name: "support_cases_thuiszitter_history_rows");

            migrationBuilder.DropTable(
                name: "support_cases_referral_histories");

            migrationBuilder.DropTable(
                name: "support_cases_thuiszitter_histories");
        }
    }
}
