using System.Collections.Concurrent;
using CarbonPlatform.Certification.Data;
using CarbonPlatform.Contracts.Grpc.Evaluation;
using CarbonPlatform.Contracts.Grpc.ParkRegistry;
using CarbonPlatform.BuildingBlocks.Tenancy;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace CarbonPlatform.Certification.Tests.Support;

/// <summary>The certification service with its neighbours played in memory: parks, certification bodies and passed evaluations.</summary>
public class RaceHost : WebhookHost
{
    public RaceHost() : this(new Dictionary<string, string>()) { }

    protected RaceHost(IReadOnlyDictionary<string, string> settings) : base(settings, services =>
    {
        services.AddSingleton<IParkDirectory>(Parks);
        services.AddSingleton<Evaluations.EvaluationsClient>(new PassedEvaluations());
        services.AddSingleton<ParkDirectory.ParkDirectoryClient>(new CertificationBodies());
    })
    { }

    private static readonly FakeParks Parks = new();
    public static readonly ConcurrentDictionary<Guid, (Guid Park, int Year)> EvaluationsStored = new();

    public static ParkScope AddPark(Guid operatorId)
    {
        var park = new ParkScope(Guid.NewGuid(), "常州零碳园", "320400", operatorId);
        Parks.All[park.ParkId] = park;
        return park;
    }

    public async Task<CertificationApplication> UnderReviewAsync(Guid body)
    {
        var application = new CertificationApplication
        {
            Id = Guid.NewGuid(), ParkId = Guid.NewGuid(), ParkName = "常州零碳园", ParkRegionCode = "320400", OperatorOrganizationId = Guid.NewGuid(),
            EvaluationId = Guid.NewGuid(), CertificationBodyId = body, Year = 2024, Scheme = "cers-2025-provisional", SchemeVersion = 1,
            SchemeStatus = "provisional", Grade = "AA", FactorRelease = "cn-2025.1", InventoryVersion = 1, Status = ApplicationStatus.UnderReview,
            SubmittedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
        };
        await WithDbAsync(db =>
        {
            db.Applications.Add(application);
            return db.SaveChangesAsync();
        });
        return application;
    }

    private sealed class FakeParks : IParkDirectory
    {
        public readonly ConcurrentDictionary<Guid, ParkScope> All = new();

        public Task<ParkScope?> FindAsync(Guid parkId, CancellationToken cancellationToken = default, bool fresh = false) =>
            Task.FromResult(All.TryGetValue(parkId, out var park) ? park : null);
    }

    private static AsyncUnaryCall<T> Reply<T>(T reply) =>
        new(Task.FromResult(reply), Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });

    private sealed class PassedEvaluations : Evaluations.EvaluationsClient
    {
        public override AsyncUnaryCall<EvaluationReply> GetEvaluationAsync(GetEvaluationRequest request, CallOptions options) =>
            Reply(EvaluationsStored.TryGetValue(Guid.Parse(request.EvaluationId), out var stored)
                ? new EvaluationReply
                {
                    Found = true, EvaluationId = request.EvaluationId, ParkId = stored.Park.ToString(), Year = stored.Year, Scheme = "cers-2025-provisional",
                    SchemeStatus = "provisional", SchemeVersion = 1, Grade = "AA", InventoryVersion = 1, FactorRelease = "cn-2025.1", CertificateValidityYears = 3,
                }
                : new EvaluationReply { Found = false });

        public override AsyncUnaryCall<EvaluationReply> GetEvaluationAsync(GetEvaluationRequest request, Metadata? headers = null,
            DateTime? deadline = null, CancellationToken cancellationToken = default) => GetEvaluationAsync(request, new CallOptions(headers, deadline, cancellationToken));
    }

    private sealed class CertificationBodies : ParkDirectory.ParkDirectoryClient
    {
        public override AsyncUnaryCall<OrganizationReply> GetOrganizationAsync(GetOrganizationRequest request, CallOptions options) =>
            Reply(new OrganizationReply { Found = true, OrganizationId = request.OrganizationId, Name = "认证机构", Kind = "certification-body" });

        public override AsyncUnaryCall<OrganizationReply> GetOrganizationAsync(GetOrganizationRequest request, Metadata? headers = null,
            DateTime? deadline = null, CancellationToken cancellationToken = default) => GetOrganizationAsync(request, new CallOptions(headers, deadline, cancellationToken));
    }
}
