using GeenKindDeBuurtUit.ExpertisePool.Application.Directory;

namespace GeenKindDeBuurtUit.ExpertisePool.Application.Professionals;

/// <summary>A professional works in areas of ours: one registered alone or many imported at once are checked alike.</summary>
internal sealed class KnownAreas(ISchoolDirectory schools)
{
    public const string Unknown = "Unknown area.";

    // An import names the same few areas on every line: each is looked up once.
    private readonly Dictionary<Guid, bool> _known = [];

    /// <summary>The position of the first area that is not ours, or null when all are.</summary>
    public async Task<int?> FirstUnknownAsync(IReadOnlyList<Guid> areaIds, CancellationToken cancellationToken)
    {
        for (var i = 0; i < areaIds.Count; i++)
        {
            if (!_known.TryGetValue(areaIds[i], out var known))
            {
                known = await schools.AreaExistsAsync(areaIds[i], cancellationToken);
                _known[areaIds[i]] = known;
            }

            if (!known)
            {
                return i;
            }
        }

        return null;
    }
}
