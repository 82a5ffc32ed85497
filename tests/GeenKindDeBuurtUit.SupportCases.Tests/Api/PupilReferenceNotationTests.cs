using System.Net.Http.Json;
using GeenKindDeBuurtUit.Testing;

namespace GeenKindDeBuurtUit.SupportCases.Tests.Api;

/// <summary>A BSN written the way people write one is refused as a pupil reference exactly like nine digits in a row.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PupilReferenceNotationTests(PlatformFactory platform)
{
    [Theory]
    [InlineData("123456782")]
    [InlineData("1234.56.782")]
    [InlineData("123-456-782")]
    [InlineData("bsn:123456782")]
    [InlineData("bsn:1234.56.782")]
    [InlineData("BSN 123 456 782")]
    public async Task A_bsn_in_any_notation_is_refused_at_opening_and_lookup_without_being_stored_or_repeated(string pupilRef)
    {
        var admin = platform.Admin();
        var school = (await CaseApi.SchoolsAsync(admin))[0]["id"]!.GetValue<Guid>();
        var before = await platform.CountAsync("select count(*) from support_cases_cases");

        var opened = await admin.PostAsJsonAsync(CaseApi.Base, new { schoolId = school, pupilRef, needs = new[] { "tos" }, level = 1 });
        var found = await admin.PostAsJsonAsync($"{CaseApi.Base}/lookup", new { schoolId = school, pupilRef });

        foreach (var response in new[] { opened, found })
        {
            var messages = await ProblemAssert.AssertFieldAsync(response, "pupilRef");
            var text = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(pupilRef, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("782", text, StringComparison.Ordinal);
            if (!pupilRef.Contains(' ', StringComparison.Ordinal))
            {
                // Within the reference's pattern, so the BSN rule itself answers.
                Assert.Contains(messages, m => m.Contains("BSN", StringComparison.Ordinal));
            }
        }

        Assert.Equal(before, await platform.CountAsync("select count(*) from support_cases_cases"));
    }
}
