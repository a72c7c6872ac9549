using CarbonPlatform.Contracts.Grpc.EmissionFactors;
using CarbonPlatform.EmissionFactors.Data;
using CarbonPlatform.EmissionFactors.Factors;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.EmissionFactors.Grpc;

/// <summary>Internal: accounting fetches a whole release once and resolves against it in process.</summary>
public sealed class FactorCatalogService(FactorsDb db) : FactorCatalog.FactorCatalogBase
{
    public override async Task<FactorReleaseReply> GetRelease(GetReleaseRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var name = await ReleaseCatalog.ResolveNameAsync(db, string.IsNullOrEmpty(request.Release) ? null : request.Release, ct);
        if (name is null) return new FactorReleaseReply();
        var records = await db.Factors.AsNoTracking().Where(f => f.Release == name).OrderBy(f => f.Id).ToListAsync(ct);
        var reply = new FactorReleaseReply { Found = true, Release = name };
        reply.Factors.AddRange(records.Select(r => r.ToProto()));
        return reply;
    }

    public override async Task<DefaultReleaseReply> GetDefaultRelease(GetDefaultReleaseRequest request, ServerCallContext context)
    {
        var name = await ReleaseCatalog.ResolveNameAsync(db, null, context.CancellationToken);
        return name is null ? new DefaultReleaseReply() : new DefaultReleaseReply { Found = true, Release = name };
    }
}
