using CarbonPlatform.Client.Models;

namespace CarbonPlatform.Client.Problems;

/// <summary>Problem details (RFC 9457 with <c>errors[]</c>) in one line each, for logs and consoles.</summary>
public static class ProblemDescription
{
    /// <summary>E.g. <c>409 Conflict: period-locked (year): the reporting period 2024 is locked</c>.</summary>
    public static string Describe(this Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var head = $"{problem.ResponseStatusCode} {problem.Title ?? "problem"}{(problem.Detail is { Length: > 0 } d ? $" ({d})" : "")}";
        var errors = (problem.Errors ?? []).Select(e =>
            $"{e.Code}{(e.Line is { Length: > 0 } line ? $" line {line}" : "")}{(e.Field is { Length: > 0 } field ? $" ({field})" : "")}: {e.Message}");
        return string.Join("; ", new[] { head }.Concat(errors));
    }

    /// <summary>Whether any error of the problem has this stable code (e.g. <c>idempotency-key-reused</c>).</summary>
    public static bool Has(this Problem problem, string code)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return (problem.Errors ?? []).Any(e => string.Equals(e.Code, code, StringComparison.Ordinal));
    }
}
