namespace CarbonPlatform.Evaluation.Engine.Schemes;

/// <summary>How far the thresholds of a scheme version can be relied on.</summary>
public enum SchemeStatus
{
    /// <summary>Checked against the official publication.</summary>
    Official,

    /// <summary>Seen only in secondary sources.</summary>
    SecondarySource,

    /// <summary>Placeholders of this platform standing in for numbers that are not public.</summary>
    Provisional,
}
