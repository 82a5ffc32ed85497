using static GeenKindDeBuurtUit.Host.Tests.Security.Caller;
using static GeenKindDeBuurtUit.Host.Tests.Security.Expect;
using W = GeenKindDeBuurtUit.Host.Tests.Security.MatrixWorld;

namespace GeenKindDeBuurtUit.Host.Tests.Security;

/// <summary>One call of the matrix: the concrete path (ids filled in) and a valid body, if any.</summary>
internal sealed record MatrixCall(string Path, object? Body = null);

/// <summary>
/// One operation of the OpenAPI document, who gets what, and how to make a valid call to it on
/// real data. <paramref name="Arrange"/> makes fresh resources: for a change it runs again for each
/// caller that is expected to succeed, so no call sees what another one changed.
/// </summary>
internal sealed record MatrixRow(string Method, string Template, Expect Expect, Func<W, Task<MatrixCall>> Arrange);

/// <summary>
/// THE authorization matrix: every operation the host serves, with the answer each caller must
/// get (ADR 0013). A new endpoint needs a row here, or <see cref="AuthorizationMatrixTests"/> fails
/// naming it. Scope: "own" is the pilot school El Amien 1 and its board; OtherSchool acts for a
/// Bos en Lommer school; OtherTreasurer for a board without schools.
/// </summary>
internal static class AuthorizationMatrix
{
    private const string Cases = "/api/v1/support-cases";
    private const string Requests = "/api/v1/expertise-requests";
    private const string Professionals = "/api/v1/professionals";

    private const string Subscriptions = "/api/v1/subscriptions";

    private const string Facilities = "/api/v1/facilities";

    private static readonly Caller[] CaseRoles = [School, Swv, Admin];

    /// <summary>Every role but the analyst; a partner hears only what is meant for it, and pings (ADR 0062).</summary>
    private static readonly Caller[] Subscribers = [School, Swv, Coordinator, Treasurer, Admin, OtherSchool, OtherTreasurer, Partner, OtherPartner];

    /// <summary>Callers that may subscribe but do not own the admin's subscriptions of the world.</summary>
    private static readonly Caller[] OthersSubscribers = [School, Swv, Coordinator, Treasurer, OtherSchool, OtherTreasurer, Partner, OtherPartner];

    public static readonly IReadOnlyList<MatrixRow> Rows =
    [
        // Reference data: every role reads it (a partner too: the map shows the schools); only the admin changes it.
        Get("/api/v1/areas", Everyone(200), _ => Path("/api/v1/areas")),
        Get("/api/v1/boards", Everyone(200), _ => Path("/api/v1/boards")),
        Get("/api/v1/clusters", Everyone(200), _ => Path("/api/v1/clusters")),
        Get("/api/v1/schools", Everyone(200), _ => Path("/api/v1/schools")),
        Get("/api/v1/schools/{schoolId}", Everyone(200), w => Path($"/api/v1/schools/{w.OwnSchool}")),
        Post("/api/v1/areas", Allow(201, Admin), w => Body("/api/v1/areas", new { name = w.Unique("Matrix area") })),
        Post("/api/v1/clusters", Allow(201, Admin), w => Body("/api/v1/clusters", new { name = w.Unique("Matrix cluster"), areaId = w.Osdorp })),
        Post("/api/v1/boards", Allow(201, Admin), w => Body("/api/v1/boards", new { name = w.Unique("Matrix board") })),
        Post("/api/v1/schools", Allow(201, Admin), w => Body("/api/v1/schools", w.SchoolBody())),
        Post("/api/v1/schools/{schoolId}/move", Allow(200, Admin), async w => new($"/api/v1/schools/{w.MatrixSchool}/move", await w.MoveBodyAsync())),
        Put("/api/v1/schools/{schoolId}/location", Allow(200, Admin), w => Body($"/api/v1/schools/{w.MatrixSchool}/location", w.NextSchoolPoint())),

        // Support cases: schools for their own schools, the SWV and the admin.
        Post(Cases, Allow(201, CaseRoles), w => Body(Cases, new { schoolId = w.OwnSchool, pupilRef = w.Unique("MX-NEW"), needs = new[] { "tos" }, level = 1 })),
        Get(Cases, Allow(200, School, OtherSchool, Swv, Admin), _ => Path(Cases)),
        // Another school's pupil is an empty list, as the list answers for another school: 200, nothing told.
        Post($"{Cases}/lookup", Allow(200, School, OtherSchool, Swv, Admin), w => Body($"{Cases}/lookup", new { schoolId = w.OwnSchool, pupilRef = w.Unique("MX-FIND") })),
        Get($"{Cases}/escalated", Allow(200, Swv, Admin), _ => Path($"{Cases}/escalated")),
        Get($"{Cases}/{{caseId}}", Allow(200, CaseRoles).Hidden(OtherSchool), async w => new($"{Cases}/{await w.OpenCaseAsync()}")),
        CaseChange("involvements", w => w.OpenCaseAsync(), new { party = "parents", on = W.Date(-1) }),
        CaseChange("opp", w => w.OpenCaseAsync(), new { establishedOn = W.Date(-1) }),
        CaseChange("level", w => w.OpenCaseAsync(), new { level = 3, reason = "extra care with the IB'er" }),
        // Referrals are the SWV's decision (ADR 0031): a school, even its own, gets 403 for an OT meeting or a withdrawal.
        Post($"{Cases}/{{caseId}}/referral/withdrawal", Allow(200, Swv, Admin),
            async w => new($"{Cases}/{(await w.CaseWithMeetingAsync("refer")).Case}/referral/withdrawal", new { on = W.Date(), reason = "a place in the neighbourhood" })),
        CaseChange("closure", w => w.OpenCaseAsync(), new { on = W.Date(), reason = "goals reached" }),
        CaseChange("thuiszitter-periods", w => w.OpenCaseAsync(), new { since = W.Date(-2), reason = "no place in a class" }),
        CaseChange("thuiszitter-periods/end", w => w.CaseAtHomeAsync(), new { on = W.Date() }),
        CaseChange("escalations", w => w.OpenCaseAsync(), new { to = "okt", on = W.Date(), reason = "the family needs the OKT" }),
        Post($"{Cases}/{{caseId}}/collective-approach", Allow(200, CaseRoles).Hidden(OtherSchool),
            async w => new($"{Cases}/{await w.OpenCaseAsync()}/collective-approach", new { approachId = await w.ApproachAsync() })),
        Post($"{Cases}/{{caseId}}/ot-meetings", Allow(201, Swv, Admin),
            async w => new($"{Cases}/{await w.CaseAtLevelFiveAsync()}/ot-meetings", W.OtMeeting("stay"))),
        Get($"{Cases}/{{caseId}}/ot-meetings/{{meetingId}}", Allow(200, CaseRoles).Hidden(OtherSchool),
            async w =>
            {
                var (supportCase, meeting) = await w.CaseWithMeetingAsync();
                return new MatrixCall($"{Cases}/{supportCase}/ot-meetings/{meeting}");
            }),

        // Collective approaches: agreed for the caller's own schools.
        Post("/api/v1/collective-approaches", Allow(201, CaseRoles), w => Body("/api/v1/collective-approaches", w.Approach())),
        Get("/api/v1/collective-approaches", Allow(200, School, OtherSchool, Swv, Admin), _ => Path("/api/v1/collective-approaches")),
        Get("/api/v1/collective-approaches/{approachId}", Allow(200, CaseRoles).Hidden(OtherSchool),
            async w => new($"/api/v1/collective-approaches/{await w.ApproachAsync()}")),

        // Expertise pool: coordinators run it, schools ask for help, the SWV looks on.
        Post(Professionals, Allow(201, Coordinator, Admin), w => Body(Professionals, w.ProfessionalBody())),
        Get(Professionals, Allow(200, Coordinator, Swv, Admin), _ => Path(Professionals)),
        Get($"{Professionals}/{{professionalId}}", Allow(200, Coordinator, Swv, Admin), async w => new($"{Professionals}/{await w.ProfessionalAsync()}")),
        Get($"{Professionals}/{{professionalId}}/load", Allow(200, Coordinator, Swv, Admin), async w => new($"{Professionals}/{await w.ProfessionalAsync()}/load")),
        Post($"{Professionals}/{{professionalId}}/deactivation", Allow(200, Coordinator, Admin),
            async w => new($"{Professionals}/{await w.ProfessionalAsync()}/deactivation", new { on = W.Date() })),
        Post($"{Professionals}/import", Allow(201, Coordinator, Admin),
            w => Body($"{Professionals}/import", new CsvFile($"name,organisation,expertise,areaIds,hoursPerWeek\r\n{w.Unique("Imported")},SPO West,language,{w.Osdorp},20\r\n"))),
        Post(Requests, Allow(201, School, Coordinator, Admin), w => Body(Requests, w.RequestBody())),
        Get(Requests, Allow(200, School, OtherSchool, Swv, Coordinator, Admin), _ => Path(Requests)),
        Get($"{Requests}/waiting", Allow(200, Swv, Coordinator, Admin), _ => Path($"{Requests}/waiting")),
        Get($"{Requests}/{{requestId}}", Allow(200, School, Swv, Coordinator, Admin).Hidden(OtherSchool),
            async w => new($"{Requests}/{await w.ExpertiseRequestAsync()}")),
        Post($"{Requests}/{{requestId}}/assignment", Allow(200, Coordinator, Admin),
            async w => new($"{Requests}/{await w.ExpertiseRequestAsync()}/assignment", new { professionalId = await w.ProfessionalAsync() })),
        Post($"{Requests}/{{requestId}}/hours", Allow(200, Coordinator, Admin),
            async w => new($"{Requests}/{await w.AssignedRequestAsync()}/hours", new { on = W.Date(), hours = 1.5m })),
        Post($"{Requests}/{{requestId}}/completion", Allow(200, Coordinator, Admin),
            async w => new($"{Requests}/{await w.AssignedRequestAsync()}/completion", new { on = W.Date() })),
        Post($"{Requests}/{{requestId}}/cancellation", Allow(200, School, Coordinator, Admin).Hidden(OtherSchool),
            async w => new($"{Requests}/{await w.ExpertiseRequestAsync()}/cancellation", new { on = W.Date(), reason = "solved within the school" })),

        // Collective budget: the SWV agrees and allocates, treasurers read their areas and book for their boards.
        Put("/api/v1/budgets/{schoolYear}/areas/{areaId}/agreement", Allow(200, Swv, Admin),
            w => Body($"{W.BudgetArea(w.Osdorp)}/agreement", W.Agreement())),
        Get("/api/v1/budgets/{schoolYear}/areas/{areaId}/agreement", Allow(200, Treasurer, Swv, Admin).Hidden(OtherTreasurer),
            w => Path($"{W.BudgetArea(w.Osdorp)}/agreement")),
        Get("/api/v1/budgets/{schoolYear}/areas/{areaId}/agreement/history", Allow(200, Treasurer, Swv, Admin).Hidden(OtherTreasurer),
            w => Path($"{W.BudgetArea(w.Osdorp)}/agreement/history")),
        Post("/api/v1/budgets/{schoolYear}/areas/{areaId}/contributions", Allow(201, Treasurer, Swv, Admin).Hidden(OtherTreasurer),
            w => Body($"{W.BudgetArea(w.Osdorp)}/contributions", w.ContributionBody())),
        Post("/api/v1/budgets/{schoolYear}/areas/{areaId}/allocations", Allow(201, Swv, Admin),
            w => Body($"{W.BudgetArea(w.Osdorp)}/allocations", w.AllocationBody())),
        Get("/api/v1/budgets/{schoolYear}/areas/{areaId}", Allow(200, Treasurer, Swv, Admin).Hidden(OtherTreasurer), w => Path(W.BudgetArea(w.Osdorp))),
        Get("/api/v1/budgets/{schoolYear}/areas/{areaId}/ledger", Allow(200, Treasurer, Swv, Admin).Hidden(OtherTreasurer),
            w => Path($"{W.BudgetArea(w.Osdorp)}/ledger")),
        Get("/api/v1/budgets/{schoolYear}/areas/{areaId}/ledger/{entryId}", Allow(200, Treasurer, Swv, Admin).Hidden(OtherTreasurer),
            w => Path($"{W.BudgetArea(w.Osdorp)}/ledger/{w.Contribution}")),
        Post("/api/v1/budgets/{schoolYear}/areas/{areaId}/ledger/{entryId}/correction", Allow(201, Treasurer, Swv, Admin).Hidden(OtherTreasurer),
            async w => new($"{W.BudgetArea(w.Osdorp)}/ledger/{await w.ContributionAsync()}/correction", new { reason = "booked twice by mistake" })),
        Post("/api/v1/budgets/{schoolYear}/areas/{areaId}/closure", Allow(200, Swv, Admin),
            w => Path($"{W.BudgetArea(w.Osdorp, w.NextClosableYear())}/closure")),
        Get("/api/v1/budgets/{schoolYear}/reconciliation", Allow(200, Treasurer, OtherTreasurer, Swv, Admin),
            _ => Path($"/api/v1/budgets/{W.BudgetYear}/reconciliation")),

        // Monitoring: aggregates for analysts, the SWV and the admin; targets are the admin's.
        Get("/api/v1/monitoring/referrals", Allow(200, Analyst, Swv, Admin), _ => Path("/api/v1/monitoring/referrals?groupBy=school")),
        Get("/api/v1/monitoring/thuiszitters", Allow(200, Analyst, Swv, Admin), _ => Path("/api/v1/monitoring/thuiszitters")),
        Get("/api/v1/monitoring/support", Allow(200, Analyst, Swv, Admin), _ => Path("/api/v1/monitoring/support?groupBy=school")),
        Get("/api/v1/monitoring/trend", Allow(200, Analyst, Swv, Admin), w => Path($"/api/v1/monitoring/trend?areaId={w.Osdorp}")),
        Get("/api/v1/monitoring/expertise", Allow(200, Analyst, Swv, Admin), _ => Path("/api/v1/monitoring/expertise")),
        Get("/api/v1/monitoring/budget", Allow(200, Analyst, Swv, Admin), _ => Path("/api/v1/monitoring/budget")),
        Get("/api/v1/monitoring/targets", Allow(200, Analyst, Swv, Admin), _ => Path("/api/v1/monitoring/targets")),
        Get("/api/v1/monitoring/targets/{schoolYear}", Allow(200, Analyst, Swv, Admin), _ => Path("/api/v1/monitoring/targets/2025-2026")),
        Put("/api/v1/monitoring/targets/{schoolYear}", Allow(200, Admin), async w => Body($"/api/v1/monitoring/targets/{await w.TargetYearAsync()}", new { reductionPct = 60m })),
        Post("/api/v1/monitoring/observations", Allow(201, Analyst, Swv, Admin), w => Body("/api/v1/monitoring/observations", w.ObservationBody())),
        Get("/api/v1/monitoring/observations", Allow(200, Analyst, Swv, Admin), _ => Path("/api/v1/monitoring/observations")),
        Get("/api/v1/monitoring/observations/{observationId}", Allow(200, Analyst, Swv, Admin),
            async w => new($"/api/v1/monitoring/observations/{await w.ObservationAsync()}")),
        // A year's figures: anyone who reads monitoring sees whether they are closed; the SWV and the admin close and reopen them.
        Get("/api/v1/monitoring/years/{schoolYear}/closure", Allow(200, Analyst, Swv, Admin), _ => Path("/api/v1/monitoring/years/2024-2025/closure")),
        Post("/api/v1/monitoring/years/{schoolYear}/closure", Allow(200, Swv, Admin), w => Body($"/api/v1/monitoring/years/{w.NextEndedYear()}/closure", new { })),
        Post("/api/v1/monitoring/years/{schoolYear}/reopening", Allow(200, Swv, Admin),
            async w => Body($"/api/v1/monitoring/years/{await w.ClosedFiguresYearAsync()}/reopening", new { reason = "late corrections to the history" })),

        // Notifications: every role but the analyst subscribes (the world's body asks for pings, which a partner may hear too); a subscription is its owner's (and the admin's), anyone else's is not found.
        Post(Subscriptions, Allow(201, Subscribers), w => Body(Subscriptions, W.SubscriptionBody())),
        Get(Subscriptions, Allow(200, Subscribers), _ => Path(Subscriptions)),
        Get($"{Subscriptions}/{{subscriptionId}}", Allow(200, Admin).Hidden(OthersSubscribers), async w => new($"{Subscriptions}/{await w.SubscriptionAsync()}")),
        new("DELETE", $"{Subscriptions}/{{subscriptionId}}", Allow(204, Admin).Hidden(OthersSubscribers), async w => new($"{Subscriptions}/{await w.SubscriptionAsync()}")),
        Post($"{Subscriptions}/{{subscriptionId}}/secret-rotation", Allow(200, Admin).Hidden(OthersSubscribers),
            async w => new($"{Subscriptions}/{await w.SubscriptionAsync()}/secret-rotation")),
        Post($"{Subscriptions}/{{subscriptionId}}/ping", Allow(202, Admin).Hidden(OthersSubscribers), async w => new($"{Subscriptions}/{await w.SubscriptionAsync()}/ping")),
        Get($"{Subscriptions}/{{subscriptionId}}/deliveries", Allow(200, Admin).Hidden(OthersSubscribers),
            async w => new($"{Subscriptions}/{await w.SubscriptionAsync()}/deliveries")),
        Get($"{Subscriptions}/{{subscriptionId}}/deliveries/{{deliveryId}}", Allow(200, Admin).Hidden(OthersSubscribers), async w => new(await w.DeliveryAsync())),
        Post($"{Subscriptions}/{{subscriptionId}}/deliveries/{{deliveryId}}/redelivery", Allow(202, Admin).Hidden(OthersSubscribers),
            async w => new($"{await w.DeliveryAsync()}/redelivery")),
        Get("/api/v1/notifications", Allow(200, Subscribers), _ => Path("/api/v1/notifications")),

        // The BEN map: every role reads it; admin, swv and coordinator create facilities and name a steward (the
        // partner's sub); the steward changes its own, OtherPartner none (403); anyone signed in reports (ADR 0059).
        Post(Facilities, Allow(201, Admin, Swv, Coordinator), w => Body(Facilities, w.FacilityBody())),
        Get(Facilities, Everyone(200), _ => Path(Facilities)),
        Get($"{Facilities}/{{facilityId}}", Everyone(200), async w => Path($"{Facilities}/{await w.FacilityAsync()}")),
        Put($"{Facilities}/{{facilityId}}", Allow(200, Admin, Swv, Coordinator, Partner), async w => Body($"{Facilities}/{await w.FacilityAsync()}", w.FacilityBody())),
        Post($"{Facilities}/{{facilityId}}/confirmation", Allow(200, Admin, Partner), async w => Body($"{Facilities}/{await w.FacilityAsync()}/confirmation", new { })),
        Post($"{Facilities}/{{facilityId}}/reports", Everyone(201),
            async w => Body($"{Facilities}/{await w.FacilityAsync()}/reports", new { kind = "wrong-contact", note = "The phone number is out of use." })),
        Post($"{Facilities}/{{facilityId}}/withdrawal", Allow(200, Admin, Swv, Coordinator, Partner),
            async w => Body($"{Facilities}/{await w.FacilityAsync()}/withdrawal", new { on = W.Date(), reason = "The service stopped." })),
        Get($"{Facilities}/{{facilityId}}/history", Allow(200, Admin, Swv, Coordinator, Partner), async w => Path($"{Facilities}/{await w.FacilityAsync()}/history")),

        // History of the years before the platform: the SWV and the admin import and read it.
        Put("/api/v1/referral-history/{schoolYear}", Allow(200, Swv, Admin),
            async w => Body($"/api/v1/referral-history/{await w.HistoryYearAsync("referral-history")}", w.ReferralHistoryBody())),
        Get("/api/v1/referral-history/{schoolYear}", Allow(200, Swv, Admin), async w => Path($"/api/v1/referral-history/{await w.HistoryYearAsync("referral-history")}")),
        Put("/api/v1/thuiszitter-history/{schoolYear}", Allow(200, Swv, Admin),
            async w => Body($"/api/v1/thuiszitter-history/{await w.HistoryYearAsync("thuiszitter-history")}", w.ThuiszitterHistoryBody())),
        Get("/api/v1/thuiszitter-history/{schoolYear}", Allow(200, Swv, Admin), async w => Path($"/api/v1/thuiszitter-history/{await w.HistoryYearAsync("thuiszitter-history")}")),

        // The audit trail: the admin only.
        Get("/api/v1/audit", Allow(200, Admin), _ => Path("/api/v1/audit")),
        Get("/api/v1/audit/verification", Allow(200, Admin), _ => Path("/api/v1/audit/verification")),
    ];

    private static MatrixRow Get(string template, Expect expect, Func<W, Task<MatrixCall>> arrange) => new("GET", template, expect, arrange);

    private static MatrixRow Get(string template, Expect expect, Func<W, MatrixCall> arrange) => new("GET", template, expect, w => Task.FromResult(arrange(w)));

    private static MatrixRow Post(string template, Expect expect, Func<W, Task<MatrixCall>> arrange) => new("POST", template, expect, arrange);

    private static MatrixRow Post(string template, Expect expect, Func<W, MatrixCall> arrange) => new("POST", template, expect, w => Task.FromResult(arrange(w)));

    private static MatrixRow Put(string template, Expect expect, Func<W, Task<MatrixCall>> arrange) => new("PUT", template, expect, arrange);

    private static MatrixRow Put(string template, Expect expect, Func<W, MatrixCall> arrange) => new("PUT", template, expect, w => Task.FromResult(arrange(w)));

    /// <summary>A change to an existing case: schools (own), the SWV and the admin; another school's case is not found.</summary>
    private static MatrixRow CaseChange(string action, Func<W, Task<Guid>> arrangeCase, object body) =>
        Post($"{Cases}/{{caseId}}/{action}", Allow(200, CaseRoles).Hidden(OtherSchool), async w => new($"{Cases}/{await arrangeCase(w)}/{action}", body));

    private static MatrixCall Path(string path) => new(path);

    private static MatrixCall Body(string path, object body) => new(path, body);
}
