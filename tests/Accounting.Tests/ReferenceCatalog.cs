using CarbonPlatform.Testing;
using CarbonPlatform.Domain.Factors;
using CarbonPlatform.Contracts.Grpc.EmissionFactors;
using Grpc.Core;
using ProtoFactor = CarbonPlatform.Contracts.Grpc.EmissionFactors.Factor;

namespace CarbonPlatform.Accounting.Tests;

/// <summary>The emission-factors catalogue serving the shipped release (shared/reference-data) under whatever name is the default.</summary>
public sealed class ReferenceCatalog : FactorCatalog.FactorCatalogClient
{
    private static readonly Lazy<FactorRelease> Shipped = new(() =>
        ReferenceDataReader.Read(ReferenceDataReader.DefaultReleaseName, file => new StreamReader(Path.Combine(SharedFolder.Locate("reference-data", ReferenceDataReader.FuelsFile), file))));

    public volatile string Default = ReferenceDataReader.DefaultReleaseName;

    public override AsyncUnaryCall<DefaultReleaseReply> GetDefaultReleaseAsync(GetDefaultReleaseRequest request, CallOptions options) =>
        Reply(new DefaultReleaseReply { Found = true, Release = Default });

    public override AsyncUnaryCall<FactorReleaseReply> GetReleaseAsync(GetReleaseRequest request, CallOptions options)
    {
        var reply = new FactorReleaseReply { Found = true, Release = request.Release.Length == 0 ? Default : request.Release };
        reply.Factors.AddRange(Shipped.Value.Factors.Select(ToProto));
        return Reply(reply);
    }

    private static ProtoFactor ToProto(CarbonPlatform.Domain.Factors.Factor f)
    {
        var p = new ProtoFactor
        {
            Id = f.Id, Category = f.Category, Code = f.Code, Family = f.Family ?? "", Level = f.Level ?? "", Area = f.Area ?? "",
            Name = f.Name ?? "", Gas = f.Gas ?? "", GwpSet = f.GwpSet ?? "", Method = f.Method ?? "", Parameter = f.Parameter ?? "",
            Value = f.Value, Text = f.Text ?? "", Unit = f.Unit, ActivityUnit = f.ActivityUnit ?? "", Source = f.Source, Status = f.Status,
            Note = f.Note ?? "",
        };
        if (f.Vintage is { } vintage) p.Vintage = vintage;
        return p;
    }

    private static AsyncUnaryCall<T> Reply<T>(T reply) =>
        new(Task.FromResult(reply), Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
}
