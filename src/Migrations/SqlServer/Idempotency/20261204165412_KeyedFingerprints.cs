using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GeenKindDeBuurtUit.Migrations.SqlServer.Idempotency
{
    /// <inheritdoc />
    public partial class KeyedFingerprints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Keys held so far name their caller by a plain SHA-256 of its sub and their request by
            // a plain SHA-256 of a body that may have held a refused BSN, with that refusal kept:
            // none can match a keyed fingerprint any more, so they go now, not at expiry (docs/adr/0035).
            migrationBuilder.Sql("DELETE FROM [idempotency].[keys];");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The deleted keys are not brought back: a retry after a downgrade runs as a new request.
        }
    }
}
