using System.Text.RegularExpressions;
using Xunit;

namespace CarbonPlatform.Architecture.Tests;

/// <summary>
/// Rules say no with a <c>Refusal</c> record (Carbon.Domain); only endpoint files turn it into a response
/// (<c>refusal.ToProblem()</c>). What this checks, in the source text of services/: no method returns a maybe-response
/// (<c>IResult?</c>), hands one out (<c>out IResult</c>), carries one in a tuple or record, or takes one as a parameter.
/// What it allows: a handler returning <c>IResult</c> or <c>Task&lt;IResult&gt;</c>, and a mapping that always answers;
/// ServiceDefaults, the HTTP layer, whose request readers (paging query, If-Match) stand at the endpoint.
/// </summary>
public class RefusalRulesTests
{
    private static readonly Regex CarriesAResponse = new(@"IResult\?|out IResult\b|[(,]\s*IResult\??\s+\w+\s*[,)]", RegexOptions.Compiled);

    [Fact]
    public void Rules_return_refusals_and_only_endpoints_answer_with_responses()
    {
        var services = Path.Combine(ProjectGraph.Root, "services");
        var offending = Directory.EnumerateFiles(services, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(services, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/") && !f.Contains("/Migrations/") && !f.StartsWith("ServiceDefaults/", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(Path.Combine(services, f)).Select((line, i) => (f, i, line)))
            .Where(l => CarriesAResponse.IsMatch(l.line))
            .Select(l => $"{l.f}:{l.i + 1}: {l.line.Trim()}")
            .ToList();
        Assert.True(offending.Count == 0, "A rule hands out a response; return a Refusal and map it in the endpoint:\n" + string.Join("\n", offending));
    }

    [Fact]
    public void The_check_sees_a_rule_that_hands_out_a_response()
    {
        Assert.Matches(CarriesAResponse, "    public static IResult? Refusal(Caller caller, Guid orgId)");
        Assert.Matches(CarriesAResponse, "    public async Task<(StoredEvaluation? Evaluation, IResult? Refusal)> RecordAsync(");
        Assert.Matches(CarriesAResponse, "    public static bool TryRead(int? limit, out IResult problem)");
        Assert.Matches(CarriesAResponse, "    private static OutlookGap GapOf(IResult refusal)");
        Assert.DoesNotMatch(CarriesAResponse, "    private static async Task<IResult> Handle(Guid parkId, HttpContext http)");
        Assert.DoesNotMatch(CarriesAResponse, "    public static IResult ToProblem(this Refusal refusal) =>");
    }
}
