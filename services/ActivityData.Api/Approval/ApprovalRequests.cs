namespace CarbonPlatform.ActivityData.Approval;

/// <summary>Reads decision bodies, naming every bad field. Pure.</summary>
public static class ApprovalRequests
{
    public const int MaxBatches = 100;
    public const int MaxReason = 1000;

    public static (ApprovalRequest? Request, List<InputError> Errors) ReadOne(JsonElement body)
    {
        var errors = new List<InputError>();
        if (body.ValueKind != JsonValueKind.Object) return (null, [new InputError(null, "decision", "missing-field", "The body is a JSON object.")]);
        var decision = ReadDecision(body, errors);
        var reason = ReadReason(body, decision, errors);
        return errors.Count > 0 ? (null, errors) : (new ApprovalRequest(decision!.Value, reason), errors);
    }

    public static (ApprovalsRequest? Request, List<InputError> Errors) ReadMany(JsonElement body)
    {
        var (one, errors) = ReadOne(body);
        var ids = new List<Guid>();
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("batchIds", out var list) || list.ValueKind != JsonValueKind.Array
            || list.GetArrayLength() is 0 or > MaxBatches)
            errors.Add(new InputError(null, "batchIds", "missing-field", $"batchIds lists 1 to {MaxBatches} submitted batch ids."));
        else
            foreach (var item in list.EnumerateArray())
                if (item.ValueKind == JsonValueKind.String && item.TryGetGuid(out var id)) ids.Add(id);
                else errors.Add(new InputError(null, "batchIds", "invalid-id", "Every entry of batchIds is a batch id (a GUID)."));
        return errors.Count > 0 ? (null, errors) : (new ApprovalsRequest(ids.Distinct().ToList(), one!.Decision, one.Reason), errors);
    }

    private static ApprovalDecision? ReadDecision(JsonElement body, List<InputError> errors)
    {
        var value = body.TryGetProperty("decision", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        var decision = ContractEnums.TryParse<ApprovalDecision>(value);
        if (decision is null) errors.Add(new InputError(null, "decision", "invalid-decision", "decision is approve or return."));
        return decision;
    }

    private static string? ReadReason(JsonElement body, ApprovalDecision? decision, List<InputError> errors)
    {
        var reason = body.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()?.Trim() : null;
        if (reason is { Length: > MaxReason })
            errors.Add(new InputError(null, "reason", "too-long", $"reason has at most {MaxReason} characters."));
        else if (decision == ApprovalDecision.Return && string.IsNullOrEmpty(reason))
            errors.Add(new InputError(null, "reason", "missing-field", "A returned batch needs the reason it is returned for."));
        return string.IsNullOrEmpty(reason) ? null : reason;
    }
}
