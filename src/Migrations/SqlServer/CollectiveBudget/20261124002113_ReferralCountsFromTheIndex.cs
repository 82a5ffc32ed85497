using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.SqlServer.CollectiveBudget
{
    /// <inheritdoc />
    public partial class ReferralCountsFromTheIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_referrals_SchoolId",
                schema: "collective_budget",
                table: "referrals");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_SchoolId_SchoolYearStart_Kind_Referrals_Withdrawals",
                schema: "collective_budget",
                table: "referrals",
                columns: new[] { "SchoolId", "SchoolYearStart", "Kind", "Referrals", "Withdrawals" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_referrals_SchoolId_SchoolYearStart_Kind_Referrals_Withdrawals",
                schema: "collective_budget",
                table: "referrals");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_SchoolId",
                schema: "collective_budget",
                table: "referrals",
                column: "SchoolId");
        }
    }
}
