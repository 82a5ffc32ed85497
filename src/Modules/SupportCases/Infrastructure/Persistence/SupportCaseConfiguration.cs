using GeenKindDeBuurtUit.SupportCases.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;

internal sealed class SupportCaseConfiguration : IEntityTypeConfiguration<SupportCase>
{
    /// <summary>The filter of the one-open-case index: SQL, in SQL Server's quoting there and the standard's elsewhere; the context sets it.</summary>
    public static string OpenOnly(bool sqlServer) => sqlServer ? "[Status] = N'Open'" : "\"Status\" = 'Open'";

    public void Configure(EntityTypeBuilder<SupportCase> builder)
    {
        builder.ToTable("cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.PupilRef).HasMaxLength(64);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.ClosureReason).HasMaxLength(1000);
        builder.PrimitiveCollection(c => c.Needs).ElementType(e => e.HasConversion<string>()).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(c => new { c.SchoolId, c.Status });
        // Status too: with two equal-length indexes SQLite took (SchoolId, Status) for "is this pupil's case open"
        // and read every open case of the school (1.5 ms at 1,200 open cases); this one names the row.
        builder.HasIndex(c => new { c.SchoolId, c.PupilRef, c.Status });
        // One open case per pupil per school, held by the database: two requests that both passed the
        // handler's check cannot both store one; the loser's unique violation answers 409 (docs/adr/0031).
        // The reference is stored as the school's system sent it, so it is the column itself.
        builder.HasIndex(c => new { c.SchoolId, c.PupilRef }).IsUnique();
        // A school's page of cases in list order: SQLite walks this index and stops at the page's end instead of
        // reading and sorting every case of the school (4.1 ms -> 0.5 ms for a page of 50 of 425 cases, docs/adr/0021).
        builder.HasIndex(c => new { c.SchoolId, c.OpenedOn, c.Id });
        builder.Ignore(c => c.OngoingThuiszitterPeriod);
        builder.Ignore(c => c.WasReferredAtClosure);
        // The case's answer as the API writes it, kept when the case is saved (docs/adr/0074); none on a row saved before.
        builder.Property<byte[]?>(CaseAnswers.JsonColumn);
        builder.Property<int?>(CaseAnswers.ShapeColumn);

        builder.OwnsMany(c => c.Involvements, involvement =>
        {
            involvement.ToTable("case_involvements");
            involvement.WithOwner().HasForeignKey("CaseId");
            involvement.Property<int>("Id");
            involvement.HasKey("Id");
            involvement.Property(i => i.Party).HasConversion<string>().HasMaxLength(16);
        });
        builder.OwnsMany(c => c.LevelHistory, change =>
        {
            change.ToTable("case_level_changes");
            change.WithOwner().HasForeignKey("CaseId");
            change.Property<int>("Id");
            change.HasKey("Id");
            change.Property(c => c.Reason).HasMaxLength(1000);
        });
        builder.OwnsMany(c => c.OtMeetings, meeting =>
        {
            meeting.ToTable("case_ot_meetings");
            meeting.WithOwner().HasForeignKey("CaseId");
            meeting.HasKey(m => m.Id);
            meeting.Property(m => m.Id).ValueGeneratedNever();
            meeting.Property(m => m.Decision).HasConversion<string>().HasMaxLength(16);
            meeting.Property(m => m.ReferralType).HasConversion<string>().HasMaxLength(8);
            meeting.Property(m => m.Category).HasConversion<string>().HasMaxLength(8);
            meeting.PrimitiveCollection(m => m.Participants).ElementType(e => e.HasConversion<string>()).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        builder.OwnsOne(c => c.Referral, referral =>
        {
            referral.ToTable("case_referrals");
            referral.WithOwner().HasForeignKey("CaseId");
            referral.Property(r => r.Type).HasConversion<string>().HasMaxLength(8);
            referral.Property(r => r.Category).HasConversion<string>().HasMaxLength(8);
            referral.Property(r => r.WithdrawalReason).HasMaxLength(1000);
            referral.Ignore(r => r.SchoolYear);
            referral.Ignore(r => r.IsActive);
            referral.HasIndex(r => r.SchoolYearStart);
        });
        builder.OwnsMany(c => c.ThuiszitterPeriods, period =>
        {
            period.ToTable("case_thuiszitter_periods");
            period.WithOwner().HasForeignKey("CaseId");
            period.Property<int>("Id");
            period.HasKey("Id");
            period.Property(p => p.Reason).HasMaxLength(1000);
            period.Ignore(p => p.IsOngoing);
        });
        builder.OwnsMany(c => c.Escalations, escalation =>
        {
            escalation.ToTable("case_escalations");
            escalation.WithOwner().HasForeignKey("CaseId");
            escalation.Property<int>("Id");
            escalation.HasKey("Id");
            escalation.Property(e => e.To).HasConversion<string>().HasMaxLength(16);
            escalation.Property(e => e.Reason).HasMaxLength(1000);
        });

        // The case's collections are read-only views of private lists: EF Core fills the lists.
        builder.Navigation(c => c.Involvements).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.LevelHistory).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.OtMeetings).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.ThuiszitterPeriods).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Escalations).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
