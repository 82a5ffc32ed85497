using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.SupportCases.Application.Cases;
using GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Api;

/// <summary>
/// A pupil's open case is looked up by school, pupil and status, and a pupil's cases by school and pupil. A school's page of cases is read along the index on school, opening date and id, so SQLite
/// stops at the page's end instead of reading and sorting every case of the school (at
/// city volume 4.1 ms became 0.5 ms for a page of 50 of 425 cases). On PostgreSQL a school's page
/// comes from the same index in list order, unsorted. Which of the indexes that start with the school
/// PostgreSQL takes for a pupil it decides from statistics the small test tables do not have, so the
/// pupil's lookups are checked on SQLite only.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseQueryPlanTests(PlatformFactory platform)
{
    private const string StatisticsDecide = "PostgreSQL picks among the indexes on the school by statistics the test tables are too small to have";

    [Fact]
    public async Task A_schools_page_is_read_in_list_order_from_the_index()
    {
        using var scope = platform.Services.CreateScope();
        var page = ActivatorUtilities.CreateInstance<SupportCaseQueries>(scope.ServiceProvider)
            .PageOf(new SupportCaseFilter(null, SchoolId: Guid.NewGuid()), PageRequest.From(2, 50));

        var plan = await platform.PlanAsync(page);

        if (TestProvider.OnPostgreSql)
        {
            // Above the page's limit only the joined owned rows are sorted, on top of the order the index gave.
            Assert.Contains("Index Scan using \"IX_cases_SchoolId_OpenedOn_Id\"", plan);
            Assert.DoesNotMatch(@"(?m)^\s*(->\s+)?Sort\s*$", plan);
            Assert.DoesNotContain("Seq Scan", plan);
        }
        else
        {
            Assert.Contains("IX_support_cases_cases_SchoolId_OpenedOn_Id (SchoolId=?)", plan);
        }
    }

    [SqliteFact(StatisticsDecide)]
    public async Task A_lookup_by_pupil_reference_finds_the_pupils_cases_through_the_index_on_school_and_pupil()
    {
        using var scope = platform.Services.CreateScope();
        var page = ActivatorUtilities.CreateInstance<SupportCaseQueries>(scope.ServiceProvider).PupilPageOf(Guid.NewGuid(), "pupil-1", PageRequest.From(1, 50));

        var plan = await platform.PlanAsync(page);

        Assert.Contains("IX_support_cases_cases_SchoolId_PupilRef_Status (SchoolId=? AND PupilRef=?)", plan);
    }

    [SqliteFact(StatisticsDecide)]
    public async Task Whether_a_pupil_has_an_open_case_is_one_index_lookup()
    {
        using var scope = platform.Services.CreateScope();
        var open = ActivatorUtilities.CreateInstance<SupportCaseRepository>(scope.ServiceProvider).OpenCasesOf(Guid.NewGuid(), "pupil-1");

        var plan = await platform.PlanAsync(open);

        Assert.Contains("IX_support_cases_cases_SchoolId_PupilRef_Status (SchoolId=? AND PupilRef=? AND Status=?)", plan);
    }
}
