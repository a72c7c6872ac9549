using CarbonPlatform.Domain.Factors;
using ProtoFactor = CarbonPlatform.Contracts.Grpc.EmissionFactors.Factor;

namespace CarbonPlatform.EmissionFactors.Data;

public static class FactorMapping
{
    public static FactorRecord ToRecord(this Factor f, string release) => new()
    {
        Release = release, Id = f.Id, Category = f.Category, Code = f.Code, Family = f.Family, Level = f.Level, Area = f.Area,
        Name = f.Name, Vintage = f.Vintage, Gas = f.Gas, GwpSet = f.GwpSet, Method = f.Method, Parameter = f.Parameter,
        Value = f.Value, Text = f.Text, Unit = f.Unit, ActivityUnit = f.ActivityUnit, Source = f.Source, Status = f.Status, Note = f.Note,
    };

    public static Factor ToFactor(this FactorRecord r) => new(r.Id, r.Category, r.Code, r.Family, r.Level, r.Area, r.Name, r.Vintage,
        r.Gas, r.GwpSet, r.Method, r.Parameter, r.Value, r.Text, r.Unit, r.ActivityUnit, r.Source, r.Status, r.Note);

    public static ProtoFactor ToProto(this FactorRecord r)
    {
        var p = new ProtoFactor
        {
            Id = r.Id, Category = r.Category, Code = r.Code, Family = r.Family ?? "", Level = r.Level ?? "", Area = r.Area ?? "",
            Name = r.Name ?? "", Gas = r.Gas ?? "", GwpSet = r.GwpSet ?? "", Method = r.Method ?? "", Parameter = r.Parameter ?? "",
            Value = r.Value, Text = r.Text ?? "", Unit = r.Unit, ActivityUnit = r.ActivityUnit ?? "", Source = r.Source,
            Status = r.Status, Note = r.Note ?? "",
        };
        if (r.Vintage is int v) p.Vintage = v;
        return p;
    }
}
