using System.Text.Json;
using CarbonPlatform.Portal.Platform;

namespace CarbonPlatform.Portal.Approvals;

/// <summary>The park's submissions in one status, as the caller may see them (an enterprise: its own), every page.</summary>
public static class SubmissionQueue
{
    public const string Submitted = "submitted";
    public const string Returned = "returned";
    public const string Approved = "approved";

    public static async Task<List<SubmissionView>> ListAsync(PlatformApi api, Guid parkId, string status, CancellationToken ct = default)
    {
        var all = new List<SubmissionView>();
        string? cursor = null;
        do
        {
            var page = await api.GetAsync<SubmissionPage>($"api/v1/parks/{parkId}/activity-records?status={status}&limit=100"
                + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"), ct);
            if (page is null) return all;
            all.AddRange(page.Submissions ?? []);
            cursor = page.NextCursor;
        } while (cursor is not null);
        return all;
    }

    /// <summary>The same decision on the chosen submissions; each answers on its own (approved, returned or refused with a reason).</summary>
    public static async Task<(List<ApprovalItemView> Items, ApiAnswer Answer)> DecideAsync(PlatformApi api, Guid parkId, IReadOnlyList<Guid> batchIds,
        string decision, string? reason, CancellationToken ct = default)
    {
        var answer = await api.PostJsonAsync($"api/v1/parks/{parkId}/activity-records/approvals", new { batchIds, decision, reason }, ct);
        var items = answer.Succeeded && answer.Body.TryGetProperty("items", out var list)
            ? list.EnumerateArray().Select(i => i.Deserialize<ApprovalItemView>(PlatformApi.Json)!).ToList() : [];
        return (items, answer);
    }
}
