namespace CarbonPlatform.Evaluation.Engine.Schemes.Validation;

/// <summary>Management items: known codes of the right kind, positive weights that add up to the maximum score.</summary>
internal static class ManagementChecks
{
    private const int MaxRoundingDecimals = 6;

    public static void Check(SchemeDefinition scheme, DefinitionErrors errors)
    {
        if (scheme.Management is not { } management)
        {
            return;
        }

        if (management.MaxScore <= 0)
        {
            errors.Add("management.maxScore", "out-of-range", "The maximum management score must be positive.");
        }

        if (management.RoundingDecimals is < 0 or > MaxRoundingDecimals)
        {
            errors.Add("management.roundingDecimals", "out-of-range", $"Rounding must be 0 to {MaxRoundingDecimals} decimals.");
        }

        if (management.Items.Count == 0)
        {
            errors.Add("management.items", "missing", "The management section has no items.");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < management.Items.Count; i++)
        {
            var item = management.Items[i];
            if (!seen.Add(item.Code))
            {
                errors.Add($"management.items[{i}].code", "duplicate-code", $"Management item {item.Code} is defined more than once.");
            }

            CheckItem(item, $"management.items[{i}]", errors);
        }

        var total = management.Items.Sum(i => i.Weight);
        if (total != management.MaxScore)
        {
            errors.Add("management.items", "weights-do-not-sum", $"The weights add up to {total}, not to the maximum score {management.MaxScore}.");
        }
    }

    private static void CheckItem(ManagementItemDefinition item, string field, DefinitionErrors errors)
    {
        var knownKind = IndicatorRegistry.FindManagementItemKind(item.Code);
        if (knownKind is null)
        {
            errors.Add($"{field}.code", "unknown-management-item",
                $"Unknown management item '{item.Code}' (known: {string.Join(", ", IndicatorRegistry.ManagementItemCodes)}).");
            return;
        }

        errors.RequireText(item.Name, $"{field}.name", $"Management item {item.Code}");
        if (item.Kind is null)
        {
            errors.Add($"{field}.kind", "missing", $"Management item {item.Code} has no kind.");
        }
        else if (item.Kind != knownKind)
        {
            errors.Add($"{field}.kind", "kind-mismatch", $"Management item {item.Code} is of kind {Names.Of(knownKind.Value)}, not {Names.Of(item.Kind.Value)}.");
        }

        if (item.Weight <= 0)
        {
            errors.Add($"{field}.weight", "invalid-weight", $"Management item {item.Code} needs a positive weight.");
        }

        if (knownKind == IndicatorKind.Number && item.FullMarksAt is not > 0)
        {
            errors.Add($"{field}.fullMarksAt", "missing", $"Number item {item.Code} needs 'fullMarksAt', the positive value that earns the full weight.");
        }
        else if (knownKind != IndicatorKind.Number && item.FullMarksAt is not null)
        {
            errors.Add($"{field}.fullMarksAt", "not-allowed", $"Only a number item takes 'fullMarksAt'; {item.Code} is {Names.Of(knownKind.Value)}.");
        }
    }
}
