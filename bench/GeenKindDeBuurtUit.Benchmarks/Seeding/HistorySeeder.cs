using GeenKindDeBuurtUit.SupportCases.IntegrationEvents;

namespace GeenKindDeBuurtUit.Benchmarks.Seeding;

/// <summary>
/// Referral history as <c>PupilReferred</c> events handed to the modules that keep history, as the
/// relay hands them (each in its own transaction with its inbox record). Every event, its id
/// included, follows from the seed, so a step that runs a chunk again changes nothing: the inboxes
/// already hold those ids.
/// </summary>
internal static class HistorySeeder
{
    private static readonly (string Type, string? Category)[] Kinds = [("sbo", null), ("so", "low"), ("so", "medium"), ("so", "high")];

    public static List<PupilReferredIntegrationEvent> Referrals(IReadOnlyList<Guid> schools, int fromYear, int toYear, int perYear, int seed)
    {
        var random = new Random(seed);
        var events = new List<PupilReferredIntegrationEvent>(Math.Max(0, (toYear - fromYear + 1) * perYear));
        for (var year = fromYear; year <= toYear; year++)
        {
            for (var i = 0; i < perYear; i++)
            {
                var (type, category) = Kinds[random.Next(Kinds.Length)];
                var decidedOn = SchoolYears.RandomDay(year, 0, random);
                events.Add(new PupilReferredIntegrationEvent(Id(random), schools[random.Next(schools.Count)], type, category, SchoolYears.Name(year), decidedOn)
                {
                    EventId = Id(random),
                    OccurredAt = new DateTimeOffset(decidedOn.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
                });
            }
        }

        return events;
    }

    private static Guid Id(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
