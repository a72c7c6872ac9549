using CarbonPlatform.Contracts.Grpc.ParkRegistry;
using CarbonPlatform.ParkRegistry.Data;
using CarbonPlatform.ParkRegistry.Lifecycle;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.ParkRegistry.Grpc;

/// <summary>Internal: other services ask who operates a park and where it is, to apply the tenancy rules themselves.</summary>
public sealed class ParkDirectoryService(RegistryDb db) : ParkDirectory.ParkDirectoryBase
{
    public override async Task<OrganizationReply> GetOrganization(GetOrganizationRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.OrganizationId, out var id)) return new OrganizationReply();
        var o = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, context.CancellationToken);
        return o is null ? new OrganizationReply()
            : new OrganizationReply { Found = true, OrganizationId = o.Id.ToString(), Name = o.Name, Kind = o.Kind, RegionCode = o.RegionCode ?? "",
                ParkId = o.ParkId?.ToString() ?? "", EnterpriseId = o.EnterpriseId?.ToString() ?? "" };
    }

    public override async Task<ParkReply> GetPark(GetParkRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.ParkId, out var id)) return new ParkReply();
        var p = await db.Parks.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, context.CancellationToken);
        if (p is null) return new ParkReply();
        var reply = new ParkReply
        {
            Found = true, ParkId = p.Id.ToString(), Name = p.Name, RegionCode = p.RegionCode,
            OperatorOrganizationId = p.OperatorOrganizationId.ToString(), Lifecycle = ParkLifecycle.Name(p.Stage),
            CertifyingBodyId = p.CertifyingBodyId?.ToString() ?? "",
        };
        var reviewing = await db.ReviewAssignments.AsNoTracking().Where(a => a.ParkId == id && a.Open)
            .Select(a => a.CertificationBodyId).Distinct().ToListAsync(context.CancellationToken);
        reply.ReviewingBodyIds.AddRange(reviewing.Select(b => b.ToString()));
        var readers = await db.Organizations.AsNoTracking().Where(o => o.ParkId == id && o.Kind == OrganizationKinds.Enterprise && o.ReadsParkTotals)
            .Select(o => o.Id).ToListAsync(context.CancellationToken);
        reply.TotalsReaderIds.AddRange(readers.Select(r => r.ToString()));
        return reply;
    }
}
