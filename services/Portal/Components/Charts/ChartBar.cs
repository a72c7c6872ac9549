namespace CarbonPlatform.Portal.Components.Charts;

/// <summary>One bar of a chart: what it is, its value, and a tone (a CSS class of the colour-blind-safe palette in portal.css).</summary>
public sealed record ChartBar(string Label, double Value, string Tone = "primary");
