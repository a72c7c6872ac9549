using System.Text.Json.Serialization;
using CarbonPlatform.Evaluation.Engine.Serialization;

namespace CarbonPlatform.Evaluation.Engine.Common;

/// <summary>A number or a yes/no. Serialized as a bare JSON number or boolean.</summary>
[JsonConverter(typeof(ScalarValueJsonConverter))]
public sealed record ScalarValue
{
    private ScalarValue(decimal? number, bool? flag)
    {
        Number = number;
        Flag = flag;
    }

    public decimal? Number { get; }

    public bool? Flag { get; }

    public bool IsNumber => Number.HasValue;

    public bool IsFlag => Flag.HasValue;

    public static ScalarValue Of(decimal number) => new(number, null);

    public static ScalarValue Of(bool flag) => new(null, flag);

    public static implicit operator ScalarValue(decimal number) => Of(number);

    public static implicit operator ScalarValue(bool flag) => Of(flag);

    public override string ToString() => IsNumber ? Format.Number(Number!.Value) : Flag!.Value ? "true" : "false";
}
