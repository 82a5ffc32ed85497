namespace GeenKindDeBuurtUit.Migrations.Sqlite.Monitoring;

/// <summary>
/// Fills <c>referral_summaries</c> from the referrals already recorded, so a database made before
/// the summary answers the same figures after the upgrade (docs/adr/0022). The projection keeps
/// it current from then on; this adds up each school's facts the way <c>ReferralTally.Of</c> does.
/// Called by the <c>ReferralSummaries</c> migration right after it creates the table.
/// </summary>
internal static class ReferralSummariesBackfill
{
    public const string Sql = """
        INSERT INTO "monitoring_referral_summaries" ("SchoolYearStart", "SchoolId", "Referrals", "Sbo", "SoLow", "SoMedium", "SoHigh", "Withdrawn")
        SELECT "SchoolYearStart", "SchoolId",
            SUM(CASE WHEN "WithdrawnOn" IS NULL THEN 1 ELSE 0 END),
            SUM(CASE WHEN "WithdrawnOn" IS NULL AND "Type" = 'sbo' THEN 1 ELSE 0 END),
            SUM(CASE WHEN "WithdrawnOn" IS NULL AND "Category" = 'low' THEN 1 ELSE 0 END),
            SUM(CASE WHEN "WithdrawnOn" IS NULL AND "Category" = 'medium' THEN 1 ELSE 0 END),
            SUM(CASE WHEN "WithdrawnOn" IS NULL AND "Category" = 'high' THEN 1 ELSE 0 END),
            SUM(CASE WHEN "WithdrawnOn" IS NOT NULL THEN 1 ELSE 0 END)
        FROM "monitoring_referrals"
        GROUP BY "SchoolYearStart", "SchoolId";
        """;
}
