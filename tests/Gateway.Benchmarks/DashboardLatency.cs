using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CarbonPlatform.Accounting.Benchmarks;
using CarbonPlatform.Accounting.Engine;
using CarbonPlatform.Domain;

namespace CarbonPlatform.Gateway.Benchmarks;

/// <summary>
/// The portal's dashboard of a park with 10,000 lines (issue #22, target p95 &lt; 300 ms from request to last byte): an
/// operator administrator signed in through the portal's own sign-in loads the page again and again; beside it, in the
/// same run, the full inventory with lineage (what the dashboard read before it read a summary and a page of lines).
/// </summary>
public static partial class DashboardLatency
{
    private const int Year = 2025;

    public static async Task RunAsync(Platform platform, string token, int loads, int lines)
    {
        using var admin = await platform.ClientAsync(platform.Options.GatewayUrl, token);
        var (park, person) = await ParkWithLinesAsync(admin, lines);
        using var browser = await SignedInAsync(platform.Options.GatewayUrl, person);
        var pages = new (string Name, string Path)[]
        {
            ("dashboard, first page of lines (largest first)", $"/parks/{park}?year={Year}"),
            ("dashboard, lines by kind, page after the first", await SecondPageAsync(browser, $"/parks/{park}?year={Year}&sort=kind&desc=false")),
        };
        var inventory = $"/api/v1/parks/{park}/inventories/{Year}?method={Methods.Cers2025}";
        // The API calls a dashboard load makes, each timed on its own through the gateway: where the page's time goes.
        var calls = new (string Name, string Path)[]
        {
            ("  API: the park", $"/api/v1/parks/{park}"),
            ("  API: evaluations", $"/api/v1/parks/{park}/evaluations"),
            ("  API: pathway target", $"/api/v1/parks/{park}/pathway-target"),
            ("  API: inventory summary", $"/api/v1/parks/{park}/inventories/{Year}/summary?method={Methods.Cers2025}"),
            ("  API: one page of 50 lines", $"/api/v1/parks/{park}/inventories/{Year}/lines?method={Methods.Cers2025}&sort=co2e&descending=true&limit=50"),
            ("  API: data quality", $"/api/v1/parks/{park}/data-quality?year={Year}"),
        };
        var timings = pages.Select(p => new Timings(p.Name)).Append(new Timings("the full inventory with lineage (API, for comparison)"))
            .Concat(calls.Select(c => new Timings(c.Name))).ToArray();
        var sizes = new long[timings.Length];
        for (var i = 0; i < 3; i++) // warm-up: JIT, connection pools, SQLite page cache
        {
            foreach (var p in pages) await LoadAsync(browser, p.Path);
            await LoadAsync(admin, inventory);
        }
        for (var i = 0; i < loads; i++)
        {
            for (var k = 0; k < pages.Length; k++) sizes[k] = await timings[k].TimeAsync(() => LoadAsync(browser, pages[k].Path));
            sizes[pages.Length] = await timings[pages.Length].TimeAsync(() => LoadAsync(admin, inventory));
            for (var c = 0; c < calls.Length; c++)
                sizes[pages.Length + 1 + c] = await timings[pages.Length + 1 + c].TimeAsync(() => LoadAsync(admin, calls[c].Path, allowMissing: true));
        }

        Console.WriteLine($"\nDashboard of a park with {lines:N0} lines ({DateTime.UtcNow:HH:mm} UTC, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}); "
            + "request to last byte, through the gateway; target p95 < 300 ms");
        Console.WriteLine("| request | n | p50 | p90 | p99 | p95 | size |");
        for (var k = 0; k < timings.Length; k++)
            Console.WriteLine($"{timings[k].Row()} {timings[k].P(0.95):N1} ms | {sizes[k] / 1024.0:N0} KiB |");
        foreach (var t in timings.Take(pages.Length))
            Console.WriteLine($"{t.Name}: p95 {t.P(0.95):N1} ms = {t.P(0.95) / 300:P0} of the 300 ms target");
    }

    /// <summary>A page read to its last byte: its size; anything but 200 (or 404 where allowed: no pathway target) stops the run.</summary>
    private static async Task<long> LoadAsync(HttpClient http, string path, bool allowMissing = false)
    {
        using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (allowMissing && response.StatusCode == HttpStatusCode.NotFound) return body.LongLength;
        if (response.StatusCode != HttpStatusCode.OK || response.RequestMessage!.RequestUri!.AbsolutePath.StartsWith("/account/login", StringComparison.Ordinal))
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode} at {response.RequestMessage?.RequestUri}");
        return body.LongLength;
    }

    private static async Task<string> SecondPageAsync(HttpClient browser, string first)
    {
        var html = await browser.GetStringAsync(first);
        var next = NextLink().Match(html);
        if (!next.Success) throw new InvalidOperationException("the dashboard offers no next page of lines");
        return WebUtility.HtmlDecode(next.Groups[1].Value);
    }

    /// <summary>An operator with one park whose year holds these lines (a month each), computed into an inventory.</summary>
    private static async Task<(Guid Park, (string User, string Password) Person)> ParkWithLinesAsync(HttpClient admin, int lines)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var organisation = await IdAsync(await admin.PostAsJsonAsync("/api/v1/organizations", new { name = "看板运营方 " + suffix, kind = "park-operator", regionCode = "320500" }));
        var park = await IdAsync(await admin.PostAsJsonAsync("/api/v1/parks", new { name = "看板示范园 " + suffix, regionCode = "320571", operatorOrganizationId = organisation }));
        var person = ($"dashboard-{suffix}@bench.test", "pw-" + Guid.NewGuid().ToString("N"));
        (await admin.PostAsJsonAsync($"/api/v1/organizations/{organisation}/people",
            new { userName = person.Item1, displayName = "看板", roles = new[] { "operator-admin" }, password = person.Item2 })).EnsureSuccessStatusCode();

        using var mix = JsonDocument.Parse(RequestMix.Json(Methods.Cers2025, lines));
        var batch = new StringBuilder($$"""{"year":{{Year}},"lines":[""");
        var i = 0;
        foreach (var line in mix.RootElement.GetProperty("lines").EnumerateArray())
        {
            if (i > 0) batch.Append(',');
            var json = line.GetRawText();
            batch.Append(json[..^1]).Append($$""","month":{{i % 12 + 1}}}""");
            i++;
        }
        batch.Append("]}");
        var watch = Stopwatch.StartNew();
        using (var recorded = await admin.PostAsync($"/api/v1/parks/{park}/activity-records", new StringContent(batch.ToString(), Encoding.UTF8, "application/json")))
            if (!recorded.IsSuccessStatusCode) throw new InvalidOperationException($"recording answered {(int)recorded.StatusCode}: {await recorded.Content.ReadAsStringAsync()}");
        while (true)
        {
            var versions = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/parks/{park}/inventories/{Year}/versions?method={Methods.Cers2025}");
            if (versions.GetProperty("items").EnumerateArray().Any(v => v.GetProperty("lineCount").GetInt32() == lines)) break;
            if (watch.Elapsed > TimeSpan.FromMinutes(5)) throw new TimeoutException("no inventory of the recorded lines after 5 minutes");
            await Task.Delay(500);
        }
        Console.WriteLine($"{lines:N0} lines recorded and computed into an inventory in {watch.Elapsed.TotalSeconds:N1} s");
        return (park, person);
    }

    /// <summary>A browser (cookies, redirects followed) signed in through the portal: the login form, the code flow back.</summary>
    private static async Task<HttpClient> SignedInAsync(string gateway, (string User, string Password) person)
    {
        var browser = new HttpClient(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = true })
        {
            BaseAddress = new Uri(gateway), Timeout = TimeSpan.FromMinutes(2),
        };
        using var login = await browser.GetAsync("/parks");
        var form = HiddenField().Matches(await login.Content.ReadAsStringAsync())
            .ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        if (!login.RequestMessage!.RequestUri!.AbsolutePath.StartsWith("/account/login", StringComparison.Ordinal))
            throw new InvalidOperationException($"the portal did not send to the login form but to {login.RequestMessage.RequestUri}");
        form["username"] = person.User;
        form["password"] = person.Password;
        var signedIn = await browser.PostAsync("/account/login", new FormUrlEncodedContent(form));
        // The authorization answer comes back as a form the browser posts to the portal (response_mode=form_post).
        var html = await signedIn.Content.ReadAsStringAsync();
        if (FormAction().Match(html) is { Success: true } post)
        {
            var answer = HiddenField().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
            signedIn.Dispose();
            signedIn = await browser.PostAsync(WebUtility.HtmlDecode(post.Groups[1].Value), new FormUrlEncodedContent(answer));
        }
        using var _ = signedIn;
        if (!signedIn.IsSuccessStatusCode || signedIn.RequestMessage!.RequestUri!.AbsolutePath.StartsWith("/account/login", StringComparison.Ordinal))
            throw new InvalidOperationException($"signing in answered {(int)signedIn.StatusCode} at {signedIn.RequestMessage?.RequestUri}");
        return browser;
    }

    private static async Task<Guid> IdAsync(HttpResponseMessage response)
    {
        using (response)
        {
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();

    [GeneratedRegex("action=\"([^\"]*signin-oidc[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex FormAction();

    [GeneratedRegex("<a href=\"([^\"]+)\" id=\"lines-next\"")]
    private static partial Regex NextLink();
}
