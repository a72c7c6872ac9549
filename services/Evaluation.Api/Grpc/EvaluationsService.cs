using CarbonPlatform.Contracts.Grpc.Evaluation;
using Grpc.Core;

namespace CarbonPlatform.Evaluation.Grpc;

/// <summary>Internal: certification reads the stored evaluation an application names.</summary>
public sealed class EvaluationsService(EvaluationDb db) : CarbonPlatform.Contracts.Grpc.Evaluation.Evaluations.EvaluationsBase
{
    public override async Task<EvaluationReply> GetEvaluation(GetEvaluationRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.EvaluationId, out var id)) return new EvaluationReply();
        var e = await db.Evaluations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, context.CancellationToken);
        if (e is null) return new EvaluationReply();
        var reply = new EvaluationReply
        {
            Found = true, EvaluationId = e.Id.ToString(), ParkId = e.ParkId.ToString(), Year = e.Year, Scheme = e.Scheme,
            SchemeStatus = CarbonPlatform.Evaluation.Evaluations.StoredSchemeStatus.ForContract(e.SchemeStatus), Grade = e.Grade ?? "", InventoryVersion = e.InventoryVersion, FactorRelease = e.FactorRelease,
            ResultJson = e.ResultJson, CertificateValidityYears = e.CertificateValidityYears, SchemeVersion = e.SchemeVersion,
            ParkName = e.ParkName, Method = e.Method, CreatedAt = DateTime.SpecifyKind(e.CreatedAt, DateTimeKind.Utc).ToString("O"),
            Stale = e.Stale,
        };
        if (e.Passed is { } passed) reply.Passed = passed;
        return reply;
    }
}
