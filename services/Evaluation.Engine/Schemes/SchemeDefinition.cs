using CarbonPlatform.Evaluation.Engine.Common;

namespace CarbonPlatform.Evaluation.Engine.Schemes;

/// <summary>
/// One version of an evaluation scheme, entirely as data. Properties a publisher might leave out are
/// nullable so that <see cref="Validation.SchemeDefinitionValidator"/> can name what is missing;
/// a definition obtained from <see cref="SchemeCatalog"/> or <see cref="SchemeDefinitionReader"/> is valid.
/// </summary>
public sealed record SchemeDefinition
{
    public const int DefaultCertificateValidityYears = 3;

    /// <summary>Stable id, kebab-case, e.g. <c>ndrc-910-2025</c>.</summary>
    public string Id { get; init; } = "";

    /// <summary>Version of this id, from 1; a new publication is a new version.</summary>
    public int Version { get; init; }

    public BilingualText? Name { get; init; }

    /// <summary>The accounting method the inventory must have been computed with.</summary>
    public string? Method { get; init; }

    public SchemeStatus? Status { get; init; }

    /// <summary>Where the numbers come from, in words (document, annex, table).</summary>
    public string? Source { get; init; }

    public ResultKind? Result { get; init; }

    public int CertificateValidityYears { get; init; } = DefaultCertificateValidityYears;

    public IReadOnlyList<IndicatorDefinition> Indicators { get; init; } = [];

    /// <summary>The management items behind the score M; null when the scheme has no management score.</summary>
    public ManagementDefinition? Management { get; init; }

    /// <summary>Grade rules, highest grade first; the first whose every condition holds is the result.</summary>
    public IReadOnlyList<GradeRule> Grades { get; init; } = [];

    /// <summary>What to call "no grade" (未达到评价等级).</summary>
    public BilingualText? NoGradeLabel { get; init; }

    public IndicatorDefinition? FindIndicator(string code) =>
        Indicators.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.Ordinal));
}
