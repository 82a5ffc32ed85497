using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.ExpertisePool.Application.Professionals;
using GeenKindDeBuurtUit.ExpertisePool.Application.Requests;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;

namespace GeenKindDeBuurtUit.Benchmarks.Seeding;

/// <summary>
/// Professionals and expertise requests through the Expertise Pool commands, as a coordinator. Each
/// item has its own name or note, by which a repaired step finds what was made before it was killed.
/// </summary>
internal sealed class ExpertiseSeeder(InProcessPlatform platform, IReadOnlyList<Guid> areas, IReadOnlyList<Guid> schools)
{
    private static readonly Expertise[] Offered =
        [Expertise.Language, Expertise.Tos, Expertise.Behaviour, Expertise.Learning, Expertise.EarlyChildhood, Expertise.Newcomer];

    public async Task ProfessionalAsync(int i, bool repair)
    {
        var name = $"Bench professional {i + 1}";
        if (repair && await Database.ScalarAsync<long>(platform.Store, $"select count(*) from {platform.Store.Table("expertise_pool", "professionals")} where \"Name\" = @name", ("@name", name)) > 0)
        {
            return;
        }

        await platform.SendAsync(Roles.Coordinator, new RegisterProfessional(
            name,
            "Benchmark pool (not a real organisation)",
            [Offered[i % Offered.Length], Offered[(i + 1) % Offered.Length]],
            [areas[i % areas.Count]],
            16m));
    }

    public async Task RequestAsync(int i, bool repair)
    {
        var note = $"bench-{i}";
        if (repair && await Database.ScalarAsync<long>(platform.Store, $"select count(*) from {platform.Store.Table("expertise_pool", "requests")} where \"Note\" = @note", ("@note", note)) > 0)
        {
            return;
        }

        await platform.SendAsync(Roles.Coordinator, new MakeExpertiseRequest(schools[i % schools.Count], null, Offered[i % Offered.Length], 1m + (i % 8), null, null, note));
    }
}
