using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.PostgreSql.SupportCases
{
    /// <inheritdoc />
    public partial class ImportedHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "referral_histories",
                schema: "support_cases",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referral_histories", x => x.SchoolYearStart);
                });

            migrationBuilder.CreateTable(
                name: "school_brins",
                schema: "support_cases",
                columns: table => new
                {
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Brin = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_school_brins", x => x.SchoolId);
                });

            migrationBuilder.CreateTable(
                name: "school_year_figures_closures",
                schema: "support_cases",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "integer", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Closed = table.Column<bool>(type: "boolean", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_school_year_figures_closures", x => x.SchoolYearStart);
                });

            migrationBuilder.CreateTable(
                name: "thuiszitter_histories",
                schema: "support_cases",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thuiszitter_histories", x => x.SchoolYearStart);
                });

            migrationBuilder.CreateTable(
                name: "referral_history_rows",
                schema: "support_cases",
                columns: table => new
                {
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolYearStart = table.Column<int>(type: "integer", nullable: false),
                    Sbo = table.Column<int>(type: "integer", nullable: false),
                    SoLow = table.Column<int>(type: "integer", nullable: false),
                    SoMedium = table.Column<int>(type: "integer", nullable: false),
                    SoHigh = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referral_history_rows", x => new { x.SchoolYearStart, x.SchoolId });
                    table.ForeignKey(
                        name: "FK_referral_history_rows_referral_histories_SchoolYearStart",
                        column: x => x.SchoolYearStart,
                        principalSchema: "support_cases",
                        principalTable: "referral_histories",
                        principalColumn: "SchoolYearStart",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "thuiszitter_history_rows",
                schema: "support_cases",
                columns: table => new
                {
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolYearStart = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_thuiszitter_history_rows", x => new { x.SchoolYearStart, x.AreaId });
                    table.ForeignKey(
                        name: "FK_thuiszitter_history_rows_thuiszitter_histories_SchoolYearSt~",
                        column: x => x.SchoolYearStart,
                        principalSchema: "support_cases",
                        principalTable: "thuiszitter_histories",
                        principalColumn: "SchoolYearStart",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_referral_history_rows_SchoolId",
                schema: "support_cases",
                table: "referral_history_rows",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_school_brins_Brin",
                schema: "support_cases",
                table: "school_brins",
                column: "Brin",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "referral_history_rows",
                schema: "support_cases");

            migrationBuilder.DropTable(
                name: "school_brins",
                schema: "support_cases");

            migrationBuilder.DropTable(
                name: "school_year_figures_closures",
                schema: "support_cases");

            migrationBuilder.DropTable(
                name: "thuiszitter_history_rows",
                schema: "support_cases");

            migrationBuilder.DropTable(
                name: "referral_histories",
                schema: "support_cases");

            migrationBuilder.DropTable(
                name: "thuiszitter_histories",
                schema: "support_cases");
        }
    }
}
