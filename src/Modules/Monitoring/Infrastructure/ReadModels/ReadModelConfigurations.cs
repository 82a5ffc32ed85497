using GeenKindDeBuurtUit.Monitoring.Domain.Observations;
using GeenKindDeBuurtUit.Monitoring.Domain.Targets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GeenKindDeBuurtUit.Monitoring.Infrastructure.ReadModels;

internal sealed class UnitNameConfiguration : IEntityTypeConfiguration<UnitName>
{
    public void Configure(EntityTypeBuilder<UnitName> builder)
    {
        builder.ToTable("unit_names");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Level).HasConversion<string>().HasMaxLength(16);
        builder.Property(u => u.Name).HasMaxLength(200);
    }
}

internal sealed class CaseFactsConfiguration : IEntityTypeConfiguration<CaseFacts>
{
    public void Configure(EntityTypeBuilder<CaseFacts> builder)
    {
        builder.ToTable("cases");
        builder.HasKey(c => c.CaseId);
        builder.Property(c => c.CaseId).ValueGeneratedNever();
        builder.HasIndex(c => c.SchoolId);
    }
}

internal sealed class LevelChangeFactConfiguration : IEntityTypeConfiguration<LevelChangeFact>
{
    public void Configure(EntityTypeBuilder<LevelChangeFact> builder)
    {
        builder.ToTable("level_changes");
        builder.HasKey(c => c.EventId);
        builder.Property(c => c.EventId).ValueGeneratedNever();
        builder.HasIndex(c => c.CaseId);
        builder.HasIndex(c => c.On);
    }
}

internal sealed class ReferralFactConfiguration : IEntityTypeConfiguration<ReferralFact>
{
    public void Configure(EntityTypeBuilder<ReferralFact> builder)
    {
        builder.ToTable("referrals");
        builder.HasKey(r => new { r.CaseId, r.DecidedOn });
        builder.Property(r => r.Type).HasMaxLength(8);
        builder.Property(r => r.Category).HasMaxLength(8);
        builder.HasIndex(r => r.SchoolYearStart);
    }
}

internal sealed class ReferralSummaryConfiguration : IEntityTypeConfiguration<ReferralSummary>
{
    public void Configure(EntityTypeBuilder<ReferralSummary> builder)
    {
        builder.ToTable("referral_summaries");
        // Year first: the referral figures read one or two school years of every school.
        builder.HasKey(s => new { s.SchoolYearStart, s.SchoolId });
        builder.Property(s => s.SchoolYearStart).ValueGeneratedNever();
        builder.HasIndex(s => s.SchoolId);
        builder.Ignore(s => s.Tally);
    }
}

internal sealed class ThuiszitterPeriodFactConfiguration : IEntityTypeConfiguration<ThuiszitterPeriodFact>
{
    public void Configure(EntityTypeBuilder<ThuiszitterPeriodFact> builder)
    {
        builder.ToTable("thuiszitter_periods");
        builder.HasKey(p => new { p.CaseId, p.Since });
        builder.HasIndex(p => p.Since);
    }
}

internal sealed class EscalationFactConfiguration : IEntityTypeConfiguration<EscalationFact>
{
    public void Configure(EntityTypeBuilder<EscalationFact> builder)
    {
        builder.ToTable("escalations");
        builder.HasKey(e => e.EventId);
        builder.Property(e => e.EventId).ValueGeneratedNever();
        builder.Property(e => e.To).HasMaxLength(16);
        builder.HasIndex(e => e.On);
    }
}

internal sealed class OtMeetingFactConfiguration : IEntityTypeConfiguration<OtMeetingFact>
{
    public void Configure(EntityTypeBuilder<OtMeetingFact> builder)
    {
        builder.ToTable("ot_meetings");
        builder.HasKey(m => m.MeetingId);
        builder.Property(m => m.MeetingId).ValueGeneratedNever();
        builder.Property(m => m.Decision).HasMaxLength(8);
        builder.HasIndex(m => m.HeldOn);
    }
}

internal sealed class CollectiveApproachFactConfiguration : IEntityTypeConfiguration<CollectiveApproachFact>
{
    public void Configure(EntityTypeBuilder<CollectiveApproachFact> builder)
    {
        builder.ToTable("collective_approaches");
        builder.HasKey(a => a.ApproachId);
        builder.Property(a => a.ApproachId).ValueGeneratedNever();
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Level).HasMaxLength(16);
    }
}

internal sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> builder)
    {
        builder.ToTable("targets");
        builder.HasKey(t => t.SchoolYearStart);
        builder.Property(t => t.SchoolYearStart).ValueGeneratedNever();
        builder.Property(t => t.ReductionPct).HasPrecision(5, 2);
    }
}

internal sealed class ObservationConfiguration : IEntityTypeConfiguration<Observation>
{
    public void Configure(EntityTypeBuilder<Observation> builder)
    {
        builder.ToTable("observations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Text).HasMaxLength(Observation.MaxTextLength);
        builder.Property(o => o.AuthorRole).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(o => new { o.AreaId, o.On });
        builder.HasIndex(o => o.On);
    }
}
