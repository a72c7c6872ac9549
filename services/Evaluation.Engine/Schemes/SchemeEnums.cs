namespace CarbonPlatform.Evaluation.Engine.Schemes;

/// <summary>What kind of value an indicator or management item takes.</summary>
public enum IndicatorKind
{
    /// <summary>A share or ratio (a number, usually 0–1).</summary>
    Ratio,

    /// <summary>Any other number (tCO2/tce, years, points).</summary>
    Number,

    /// <summary>Yes or no.</summary>
    YesNo,
}

/// <summary>How a value is held against its threshold. Always inclusive.</summary>
public enum Comparison
{
    /// <summary>Met when value ≥ threshold.</summary>
    AtLeast,

    /// <summary>Met when value ≤ threshold.</summary>
    AtMost,

    /// <summary>Met when a yes/no value equals the threshold.</summary>
    Is,
}

/// <summary>What an indicator's outcome does to the overall result.</summary>
public enum IndicatorRole
{
    /// <summary>Must be met for <c>passed</c> to be true.</summary>
    Core,

    /// <summary>Reported with its outcome; does not change <c>passed</c>.</summary>
    Guiding,

    /// <summary>Reported for information only; never changes <c>passed</c> (910's D1).</summary>
    Informational,

    /// <summary>Enters the result only through the grade rules.</summary>
    Graded,
}

/// <summary>Where an indicator's value comes from.</summary>
public enum ValueSource
{
    /// <summary>A figure of the inventory (see <see cref="Inputs.InventoryFigures"/>).</summary>
    Inventory,

    /// <summary>Given by the park in the request's <c>indicators</c>.</summary>
    Declared,

    /// <summary>The management score M computed from the management items.</summary>
    ManagementScore,
}

/// <summary>What overall result a scheme produces.</summary>
public enum ResultKind
{
    /// <summary><c>passed</c> true/false, <c>grade</c> null (910 family).</summary>
    PassFail,

    /// <summary>A letter grade or none, <c>passed</c> null (CERS).</summary>
    Grades,
}
