using System.Text.Json.Serialization;

namespace CarbonPlatform.Evaluation.Engine.Common;

/// <summary>A text in Chinese and in English. <see cref="Combined"/> is "中文 / English".</summary>
public sealed record BilingualText(string Zh, string En)
{
    [JsonIgnore]
    public string Combined => $"{Zh} / {En}";

    public override string ToString() => Combined;
}
