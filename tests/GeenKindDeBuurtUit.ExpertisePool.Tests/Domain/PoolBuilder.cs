using GeenKindDeBuurtUit.BuildingBlocks.Application.Time;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Matching;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Professionals;
using GeenKindDeBuurtUit.ExpertisePool.Domain.Requests;
using Microsoft.Extensions.Time.Testing;

namespace GeenKindDeBuurtUit.ExpertisePool.Tests.Domain;

/// <summary>Professionals and requests as the domain tests need them, on a fake clock in one Osdorp cluster.</summary>
internal sealed class PoolBuilder
{
    public static readonly Guid Osdorp = Guid.NewGuid();
    public static readonly Guid BosEnLommer = Guid.NewGuid();
    public static readonly Guid Cluster = Guid.NewGuid();
    public static readonly Guid OtherCluster = Guid.NewGuid();
    public static readonly Guid School = Guid.NewGuid();

    /// <summary>Wednesday 8 October 2025, 09:00 in Amsterdam (07:00 UTC); ISO week 2025-W41.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 10, 8, 7, 0, 0, TimeSpan.Zero));

    public DateOnly Today => SchoolCalendar.Today(Clock);

    public IsoWeek Week => IsoWeek.Containing(Today);

    public static Professional Professional(string name = "Anna", decimal hoursPerWeek = 20, Expertise expertise = Expertise.Tos, Guid? area = null) =>
        ExpertisePool.Domain.Professionals.Professional.Register(Guid.NewGuid(), name, "SPO West", [expertise], [area ?? Osdorp], hoursPerWeek);

    public ExpertiseRequest Request(decimal hours = 4, Expertise expertise = Expertise.Tos, Guid? cluster = null) =>
        ExpertiseRequest.Make(
            Guid.NewGuid(), Requester.School(School, cluster ?? Cluster, Osdorp), expertise, hours, Urgency.Normal, null, null, Clock.GetUtcNow(), Today);

    public static Candidate Idle(Professional professional, bool servedCluster = false) => new(professional, Workload.None, servedCluster);

    public static Candidate Loaded(Professional professional, decimal load, bool servedCluster = false) => new(professional, new Workload(0, load), servedCluster);

    /// <summary>A request assigned to the professional, with some hours logged today.</summary>
    public ExpertiseRequest Assigned(Professional professional, decimal hours, decimal logged = 0)
    {
        var request = Request(hours, professional.Expertise[0]);
        request.Assign(Idle(professional), Clock.GetUtcNow(), Today);
        if (logged > 0)
        {
            request.LogHours(Guid.NewGuid(), professional, Today, logged, 0, Today, Clock.GetUtcNow());
        }

        return request;
    }
}
