using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GeenKindDeBuurtUit.Host.OpenApi;

/// <summary>
/// Operations in the order the API contract tells them (reference data, support cases, expertise
/// pool, budget, monitoring, audit, then the later additions), so Swagger UI reads like the contract; schemas no operation
/// uses are dropped, since a generated client would carry them as dead types.
/// </summary>
internal sealed class ContractOrderFilter : IDocumentFilter
{
    public static readonly IReadOnlyList<(string Name, string Description)> Tags =
    [
        ("Reference data", "Areas, boards, clusters and schools: every role may read them."),
        ("Support cases", "The support route of a child: levels, OPP, involvements, OT meetings and referrals."),
        ("Collective approaches", "Support agreed for a group of children at school, cluster or area level."),
        ("Expertise pool", "Professionals, requests for expertise, assignments and hours."),
        ("Collective budget", "Agreements, contributions, allocations, the ledger and reconciliation per school year and area."),
        ("Monitoring", "Figures against the targets, for analysts (aggregates only), the SWV and admins."),
        ("Audit", "Who read or changed pupil-level data, and the chain that proves the trail is whole."),
        ("Notifications", "Subscriptions of a receiver's URL to changes, delivered as signed CloudEvents with ids only."),
        ("History", "Referral and thuiszitter counts of the school years before the platform, as the SWV imports them."),
        ("Facilities", "The BEN map: facilities in and around each school, kept current by the partners that steward them."),
    ];

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        swaggerDoc.Tags = new HashSet<OpenApiTag>(Tags.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }));
        var rank = Tags.Select((t, i) => (t.Name, i)).ToDictionary(t => t.Name, t => t.i, StringComparer.Ordinal);
        var ordered = swaggerDoc.Paths
            .OrderBy(p => p.Value.Operations?.Values.SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>())
                .Select(t => rank.GetValueOrDefault(t.Name ?? string.Empty, Tags.Count)).DefaultIfEmpty(Tags.Count).Min())
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
        swaggerDoc.Paths.Clear();
        foreach (var (path, item) in ordered)
        {
            swaggerDoc.Paths.Add(path, item);
        }
    }
}
