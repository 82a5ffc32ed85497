using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.Sqlite.CollectiveBudget
{
    /// <inheritdoc />
    public partial class ReferralCountsFromTheIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_collective_budget_referrals_SchoolId",
                table: "collective_budget_referrals");

            migrationBuilder.CreateIndex(
                name: "IX_collective_budget_referrals_SchoolId_SchoolYearStart_Kind_Referrals_Withdrawals",
                table: "collective_budget_referrals",
                columns: new[] { "SchoolId", "SchoolYearStart", "Kind", "Referrals", "Withdrawals" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_collective_budget_referrals_SchoolId_SchoolYearStart_Kind_Referrals_Withdrawals",
                table: "collective_budget_referrals");

            migrationBuilder.CreateIndex(
                name: "IX_collective_budget_referrals_SchoolId",
                table: "collective_budget_referrals",
                column: "SchoolId");
        }
    }
}
