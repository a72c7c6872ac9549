using CarbonPlatform.Evaluation.Engine.Common;
using CarbonPlatform.Evaluation.Engine.Schemes;

namespace CarbonPlatform.Evaluation.Engine.Evaluating.Texts;

/// <summary>Why a value is missing (the first half of a "not met" sentence).</summary>
internal static class MissingTexts
{
    public static BilingualText NoSource { get; } = new("无法取得数值", "No value could be obtained");

    public static BilingualText Declared(IndicatorDefinition indicator) => new(
        $"未提供{Words.NameZh(indicator)}的数值，也未说明排除理由",
        $"No value and no exclusion was given for the {Words.NameEn(indicator)}");

    public static BilingualText InventoryFigure(string figure)
    {
        var name = FigureNames.Of(figure);
        return new($"核算结果未给出{name.Zh}", $"The inventory gives no {name.En}");
    }
}
