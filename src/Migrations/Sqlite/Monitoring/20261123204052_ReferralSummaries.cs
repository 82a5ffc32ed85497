using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.Sqlite.Monitoring
{
    /// <inheritdoc />
    public partial class ReferralSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "monitoring_referral_summaries",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Referrals = table.Column<int>(type: "INTEGER", nullable: false),
                    Sbo = table.Column<int>(type: "INTEGER", nullable: false),
                    SoLow = table.Column<int>(type: "INTEGER", nullable: false),
                    SoMedium = table.Column<int>(type: "INTEGER", nullable: false),
                    SoHigh = table.Column<int>(type: "INTEGER", nullable: false),
                    Withdrawn = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_referral_summaries", x => new { x.SchoolYearStart, x.SchoolId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_referral_summaries_SchoolId",
                table: "monitoring_referral_summaries",
                column: "SchoolId");

            // Not generated: the summary starts as the sum of the referrals already recorded.
            migrationBuilder.Sql(ReferralSummariesBackfill.Sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "monitoring_referral_summaries");
        }
    }
}
