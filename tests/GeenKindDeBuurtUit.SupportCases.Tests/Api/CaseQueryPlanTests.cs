using GeenKindDeBuurtUit.BuildingBlocks.Application.Paging;
using GeenKindDeBuurtUit.SupportCases.Application.Cases;
using GeenKindDeBuurtUit.SupportCases.Infrastructure.Persistence;
using GeenKindDeBuurtUit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Api;

/// <summary>
/// A pupil's open case is looked up by school, pupil and status, and a pupil's cases by school and pupil. A school's page of cases is read along the index on school, opening date and id, so SQLite
/// stops at the page's end instead of reading and sorting every case of the school (at
/// city volume 4.1 ms became 0.5 ms for a page of 50 of 425 cases). On PostgreSQL the same
/// indexes serve the same queries: no whole read of the table and, for a school's page, no sort.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseQueryPlanTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_schools_page_is_read_in_list_order_from_the_index()
    {
        using var scope = platform.Services.CreateScope();
        var page = ActivatorUtilities.CreateInstance<SupportCaseQueries>(scope.ServiceProvider)
            .PageOf(new SupportCaseFilter(null, SchoolId: Guid.NewGuid()), PageRequest.From(2, 50));

        var plan = await platform.PlanAsync(page);

        if (TestProvider.OnPostgreSql)
        {
            Assert.Contains("Index Scan using \"IX_cases_SchoolId_OpenedOn_Id\"", plan);
            Assert.DoesNotContain("Sort", plan);
            Assert.DoesNotContain("Seq Scan", plan);
        }
        else
        {
            Assert.Contains("IX_support_cases_cases_SchoolId_OpenedOn_Id (SchoolId=?)", plan);
        }
    }

    [Fact]
    public async Task A_lookup_by_pupil_reference_finds_the_pupils_cases_through_the_index_on_school_and_pupil()
    {
        using var scope = platform.Services.CreateScope();
        var page = ActivatorUtilities.CreateInstance<SupportCaseQueries>(scope.ServiceProvider).PupilPageOf(Guid.NewGuid(), "pupil-1", PageRequest.From(1, 50));

        var plan = await platform.PlanAsync(page);

        if (TestProvider.OnPostgreSql)
        {
            Assert.Contains("Index Scan using \"IX_cases_SchoolId_PupilRef_Status\"", plan);
            Assert.DoesNotContain("Seq Scan", plan);
        }
        else
        {
            Assert.Contains("IX_support_cases_cases_SchoolId_PupilRef_Status (SchoolId=? AND PupilRef=?)", plan);
        }
    }

    [Fact]
    public async Task Whether_a_pupil_has_an_open_case_is_one_index_lookup()
    {
        using var scope = platform.Services.CreateScope();
        var open = ActivatorUtilities.CreateInstance<SupportCaseRepository>(scope.ServiceProvider).OpenCasesOf(Guid.NewGuid(), "pupil-1");

        var plan = await platform.PlanAsync(open);

        if (TestProvider.OnPostgreSql)
        {
            // Either index holds the answer: the one on school, pupil and status, or the one of open cases only.
            Assert.Matches("Index (Only )?Scan using \"IX_cases_SchoolId_PupilRef(_Status)?\"", plan);
            Assert.DoesNotContain("Seq Scan", plan);
        }
        else
        {
            Assert.Contains("IX_support_cases_cases_SchoolId_PupilRef_Status (SchoolId=? AND PupilRef=? AND Status=?)", plan);
        }
    }
}
