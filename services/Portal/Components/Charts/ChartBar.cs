namespace CarbonPlatform.Portal.Components.Charts;

/// <summary>One bar of a chart: what it is, its value, and an optional CSS class for its colour.</summary>
public sealed record ChartBar(string Label, double Value, string Tone = "primary");
