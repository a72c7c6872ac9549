using CarbonPlatform.Domain.Factors;
using CarbonPlatform.ActivityData.Instruments;

namespace CarbonPlatform.ActivityData.Ledger;

/// <summary>
/// The corrected line checked as a one-line batch, with its annotation and the register's allocation it names (checked as
/// a recorded line's is). Shared by a correction recorded at once and one a reviewer approves.
/// </summary>
public static class CorrectedLines
{
    public static async Task<(ValidBatch? Batch, LineAnnotation Note, IReadOnlyList<InputError> Errors)> CheckAsync(ActivityDb db, Guid parkId,
        CorrectionRequest request, FactorRelease release, CancellationToken ct)
    {
        var errors = new List<InputError>();
        var (allocations, asBatch) = AllocationReferences.Read(request.AsBatch, errors);
        var (batch, invalid) = BatchValidation.Validate(asBatch, release);
        var note = LineAnnotations.Read(request.Line, errors) with { AllocationId = allocations.FirstOrDefault() };
        errors.InsertRange(0, invalid);
        if (batch is null || errors.Count > 0) return (null, note, errors);
        errors.AddRange(await AllocationCheck.InvalidAsync(db, parkId, batch, allocations, ct));
        return (errors.Count > 0 ? null : batch, note, errors);
    }
}
