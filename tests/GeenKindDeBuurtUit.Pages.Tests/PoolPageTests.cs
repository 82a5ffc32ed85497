using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GeenKindDeBuurtUit.BuildingBlocks.Application.Identity;
using GeenKindDeBuurtUit.Host.Pages.App;
using GeenKindDeBuurtUit.Platform.Auditing;
using GeenKindDeBuurtUit.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GeenKindDeBuurtUit.Pages.Tests;

/// <summary>
/// The coordinator's page: the waiting list in the API's order, the professionals' load, and assigning
/// through the API's own command, with its version check and rules, audited as the API's assignment.
/// Expertise per area owned here: newcomer in Osdorp (nobody offers it), other in Bos en Lommer,
/// learning in Osdorp, behaviour in Bos en Lommer.
/// </summary>
[Collection(PagesCollection.Name)]
public sealed class PoolPageTests(PagesHost host)
{
    [BrowserFact]
    public async Task The_waiting_list_shows_urgent_requests_first_as_the_api_orders_them()
    {
        var arrange = new PoolArrange(host);
        var school = await arrange.SchoolOfAsync(PilotIds.Osdorp);
        var older = await arrange.RequestAsync(school, "newcomer", 3);
        var urgent = await arrange.RequestAsync(school, "newcomer", 2, "urgent");
        var newer = await arrange.RequestAsync(school, "newcomer", 4.5m);
        await arrange.ProfessionalAsync("Noor de Vries", "language", PilotIds.Osdorp, 16);

        var page = await host.SignedInAsync(Roles.Coordinator);
        var response = await page.GotoAsync("/app/pool");

        Assert.Equal(200, response!.Status);
        var ours = new[] { older, urgent, newer };
        var shown = (await page.Locator("#wachtlijst tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.id)"))
            .Select(id => Guid.Parse(id["aanvraag-".Length..])).ToList();
        Assert.Equal(new[] { urgent, older, newer }, shown.Where(ours.Contains));
        Assert.Equal((await arrange.WaitingAsync()).Take(PoolModel.PageSize), shown);
        Assert.Equal("Spoed", (await page.InnerTextAsync($"#aanvraag-{urgent} td >> nth=0")).Trim());
        Assert.Contains("4,5", await page.InnerTextAsync($"#aanvraag-{newer}"), StringComparison.Ordinal);
        Assert.Contains("Noor de Vries", await page.InnerTextAsync("#belasting"), StringComparison.Ordinal);
        await PagesHost.AssertAccessibleAsync(page);
        PagesHost.AssertNoBrowserProblems(page);
        await PagesHost.ScreenshotAsync(page, "pool");
    }

    [BrowserFact]
    public async Task A_coordinator_assigns_the_best_match_in_one_action_and_the_trail_records_it()
    {
        var arrange = new PoolArrange(host);
        var school = await arrange.SchoolOfAsync(PilotIds.BosEnLommer);
        var (olga, olgaName) = await arrange.ProfessionalAsync("Olga Bakker", "other", PilotIds.BosEnLommer, 10);
        var request = await arrange.RequestAsync(school, "other", 4);
        var subject = $"coordinator-{Guid.NewGuid():N}"[..24];
        var page = await host.SignedInAsync(Roles.Coordinator, subject: subject);
        await page.GotoAsync("/app/pool");

        await page.ClickAsync($"#toewijzen-{request}");
        await page.WaitForURLAsync(url => url.Contains("toegewezen=", StringComparison.Ordinal));

        Assert.Equal("/app/pool", new Uri(page.Url).AbsolutePath);
        Assert.Contains(olgaName, await page.InnerTextAsync("#toegewezen"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator($"#aanvraag-{request}").CountAsync());
        var assigned = await arrange.GetAsync(request);
        Assert.Equal("assigned", assigned["status"]!.GetValue<string>());
        Assert.Equal(olga, assigned["professionalId"]!.GetValue<Guid>());

        // Olga's week: 4 of her 10 hours are now open work.
        var load = await page.Locator($"#professional-load-{olga} td").AllInnerTextsAsync();
        Assert.Equal("6,0", load[^1].Trim());

        var trail = await host.Api(Roles.Admin).GetFromJsonAsync<JsonObject>($"/api/v1/audit?objectId={request}&actor={subject}");
        var records = trail!["items"]!.AsArray().Select(r => r!.AsObject()).ToList();
        var record = Assert.Single(records, r => r["action"]!.GetValue<string>().StartsWith("POST ", StringComparison.Ordinal));
        Assert.Contains("app/pool", record["action"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("expertise-request", record["objectType"]!.GetValue<string>());
        Assert.Equal("allowed", record["outcome"]!.GetValue<string>());
        Assert.Equal(302, record["status"]!.GetValue<int>());
    }

    [BrowserFact]
    public async Task A_rule_refusal_is_shown_in_dutch_and_the_request_keeps_waiting()
    {
        var arrange = new PoolArrange(host);
        var school = await arrange.SchoolOfAsync(PilotIds.Osdorp, 1);
        var (lars, _) = await arrange.ProfessionalAsync("Lars Jansen", "learning", PilotIds.Osdorp, 2);
        var request = await arrange.RequestAsync(school, "learning", 6);
        var page = await host.SignedInAsync(Roles.Coordinator);
        await page.GotoAsync("/app/pool");

        await page.SelectOptionAsync($"#professional-{request}", lars.ToString());
        var answer = await page.RunAndWaitForResponseAsync(() => page.ClickAsync($"#toewijzen-{request}"), r => r.Request.Method == "POST");

        Assert.Equal(422, answer.Status);
        var message = await page.InnerTextAsync("#melding");
        Assert.Contains("Professional 'Lars Jansen' heeft deze week nog", message, StringComparison.Ordinal);
        Assert.Contains("de aanvraag vraagt 6", message, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator($"#aanvraag-{request}").CountAsync());
        Assert.Equal("requested", (await arrange.GetAsync(request))["status"]!.GetValue<string>());
        await PagesHost.AssertAccessibleAsync(page);
    }

    [BrowserFact]
    public async Task An_assignment_from_a_stale_page_is_refused_with_the_version_check()
    {
        var arrange = new PoolArrange(host);
        var school = await arrange.SchoolOfAsync(PilotIds.BosEnLommer, 1);
        var (bas, _) = await arrange.ProfessionalAsync("Bas Smit", "behaviour", PilotIds.BosEnLommer, 20);
        var request = await arrange.RequestAsync(school, "behaviour", 2);
        var page = await host.SignedInAsync(Roles.Coordinator);
        await page.GotoAsync("/app/pool");
        await arrange.AssignAsync(request, bas);

        var answer = await page.RunAndWaitForResponseAsync(() => page.ClickAsync($"#toewijzen-{request}"), r => r.Request.Method == "POST");

        Assert.Equal(412, answer.Status);
        Assert.Contains("gewijzigd", await page.InnerTextAsync("#melding"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator($"#aanvraag-{request}").CountAsync());
    }

    [BrowserFact]
    public async Task An_analyst_gets_the_forbidden_page()
    {
        var page = await host.SignedInAsync(Roles.Analyst);

        var response = await page.GotoAsync("/app/pool");

        Assert.Equal(403, response!.Status);
        Assert.Equal("Geen toegang", (await page.InnerTextAsync("#fout")).Trim());
        Assert.Equal(0, await page.Locator("#wachtlijst").CountAsync());
        await PagesHost.AssertAccessibleAsync(page);
        PagesHost.AssertNoBrowserProblems(page);
        await PagesHost.ScreenshotAsync(page, "geen-toegang");
    }

    [Fact]
    public void The_page_admits_the_roles_the_api_lets_assign_and_is_audited_as_the_api()
    {
        var endpoints = host.Platform.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var assignment = Assert.Single(endpoints, e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == "AssignProfessional");
        var page = Assert.Single(endpoints, e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("app/pool", StringComparison.Ordinal) == true);

        // Each policy on the way (the route group's, the endpoint's) must admit the caller: the roles admitted are what all share.
        var apiRoles = assignment.Metadata.GetOrderedMetadata<AuthorizationPolicy>().SelectMany(p => p.Requirements).OfType<RolesAuthorizationRequirement>()
            .Select(r => r.AllowedRoles).Aggregate((a, b) => a.Intersect(b));
        var pageRoles = page.Metadata.GetOrderedMetadata<IAuthorizeData>().Where(a => a.Roles is not null)
            .Select(a => (IEnumerable<string>)a.Roles!.Split(',')).Aggregate((a, b) => a.Intersect(b));
        Assert.Equal(apiRoles.Order(), pageRoles.Order());
        Assert.Equal(assignment.Metadata.GetMetadata<AuditedEndpoint>(), page.Metadata.GetMetadata<AuditedEndpoint>());
    }
}
