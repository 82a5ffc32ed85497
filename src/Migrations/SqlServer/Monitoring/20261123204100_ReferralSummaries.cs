using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.SqlServer.Monitoring
{
    /// <inheritdoc />
    public partial class ReferralSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "referral_summaries",
                schema: "monitoring",
                columns: table => new
                {
                    SchoolYearStart = table.Column<int>(type: "int", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Referrals = table.Column<int>(type: "int", nullable: false),
                    Sbo = table.Column<int>(type: "int", nullable: false),
                    SoLow = table.Column<int>(type: "int", nullable: false),
                    SoMedium = table.Column<int>(type: "int", nullable: false),
                    SoHigh = table.Column<int>(type: "int", nullable: false),
                    Withdrawn = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referral_summaries", x => new { x.SchoolYearStart, x.SchoolId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_referral_summaries_SchoolId",
                schema: "monitoring",
                table: "referral_summaries",
                column: "SchoolId");

            // Not generated: the summary starts as the sum of the referrals already recorded.
            migrationBuilder.Sql(ReferralSummariesBackfill.Sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "referral_summaries",
                schema: "monitoring");
        }
    }
}
