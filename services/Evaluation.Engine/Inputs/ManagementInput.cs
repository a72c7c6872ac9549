using CarbonPlatform.Evaluation.Engine.Common;

namespace CarbonPlatform.Evaluation.Engine.Inputs;

/// <summary>Whether the platform measured a management value from its own data or the park declared it.</summary>
public enum ValueProvenance
{
    Computed,
    Declared,
}

/// <summary>The value of one management item (yes/no or number) and its provenance.</summary>
public sealed record ManagementInput(ScalarValue Value, ValueProvenance Provenance)
{
    public static ManagementInput Declared(decimal number) => new(ScalarValue.Of(number), ValueProvenance.Declared);

    public static ManagementInput Declared(bool flag) => new(ScalarValue.Of(flag), ValueProvenance.Declared);

    public static ManagementInput Computed(decimal number) => new(ScalarValue.Of(number), ValueProvenance.Computed);

    public static ManagementInput Computed(bool flag) => new(ScalarValue.Of(flag), ValueProvenance.Computed);
}
