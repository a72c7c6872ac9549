namespace CarbonPlatform.Domain.Factors;

/// <summary>
/// One atomic value of a factor release. Flat primitive fields only, so it maps 1:1 onto a
/// protobuf message; fields that do not apply to a category are null.
/// </summary>
/// <param name="Id">Stable readable id, e.g. <c>fuel/natural-gas/ncv</c>.</param>
/// <param name="Category">One of <see cref="FactorCategories"/>.</param>
/// <param name="Code">The key inside the category: family (electricity), fuel, carbonate, gas,
/// method parameter, or grid region (grid-region, possibly <c>north|northeast</c>).</param>
/// <param name="Text">The value of a text-valued factor (e.g. the default GWP set); null otherwise.</param>
/// <param name="ActivityUnit">The unit of the activity the factor applies to (fuels: t or 10^4Nm3).</param>
/// <param name="Status">confirmed, unverified, inferred or provisional (see <see cref="FactorStatuses"/>).</param>
public sealed record Factor(
    string Id,
    string Category,
    string Code,
    string? Family,
    string? Level,
    string? Area,
    string? Name,
    int? Vintage,
    string? Gas,
    string? GwpSet,
    string? Method,
    string? Parameter,
    double Value,
    string? Text,
    string Unit,
    string? ActivityUnit,
    string Source,
    string Status,
    string? Note);
