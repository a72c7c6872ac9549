using System.Text.Json;
using CarbonPlatform.Portal.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace CarbonPlatform.Portal.Components.Shared;

/// <summary>A page about one park: it loads the park as the caller may see it (the API decides), or shows that it can't.</summary>
[Authorize]
public abstract class ParkPage : ComponentBase
{
    [Parameter] public Guid ParkId { get; set; }
    [SupplyParameterFromQuery(Name = "year")] public int? YearAsked { get; set; }
    [CascadingParameter] public HttpContext HttpContext { get; set; } = default!;
    [Inject] protected PlatformApi Api { get; set; } = default!;
    [Inject] protected PortalUser User { get; set; } = default!;

    protected ParkView? Park { get; private set; }
    protected bool Missing { get; private set; }
    protected int Year { get; private set; }

    protected override async Task OnInitializedAsync()
    {
        Park = await Api.GetAsync<ParkView>($"api/v1/parks/{ParkId}");
        Missing = Park is null;
        if (Missing) return;
        Year = YearAsked ?? await LatestYearAsync();
        await LoadAsync();
    }

    protected abstract Task LoadAsync();


    /// <summary>The most recent of the last five years that has an inventory; last year when none has.</summary>
    private async Task<int> LatestYearAsync()
    {
        var last = DateTime.UtcNow.Year - 1;
        var years = Enumerable.Range(0, 5).Select(i => last - i).ToList();
        // The versions list answers from the database, without reading an inventory's lines.
        var found = await Task.WhenAll(years.Select(async y => (y, await Api.GetAsync<ApiPage<JsonElement>>(
            $"api/v1/parks/{ParkId}/inventories/{y}/versions?method={InventoryMethod.Default}&limit=1") is { Items.Count: > 0 })));
        return found.Where(f => f.Item2).Select(f => f.y).DefaultIfEmpty(last).Max();
    }
}

public static class InventoryMethod
{
    /// <summary>The standard's own method; an evaluation names the method its scheme uses.</summary>
    public const string Default = "cers-2025";
}
