using Google.Protobuf.Reflection;
using CarbonPlatform.Domain.Requests;
using DomainLine = CarbonPlatform.Domain.Requests.ActivityLine;

namespace CarbonPlatform.Contracts.Grpc.Common;

/// <summary>
/// The activity line on the wire and back, field by field through <see cref="ActivityLineFields"/>: each field of the line
/// is the proto field of the same JSON name (carbon_content is carbonContent). A proto field with presence is read only
/// when set; id, kind, quantity and unit always are.
/// </summary>
public static class ActivityLineProto
{
    private static readonly (LineField Line, FieldDescriptor Proto)[] Fields = [.. ActivityLineFields.All.Select(f =>
        (f, ActivityLine.Descriptor.Fields.InDeclarationOrder().SingleOrDefault(p => p.JsonName == f.Name)
            ?? throw new InvalidOperationException($"The proto ActivityLine has no field {f.Name}.")))];

    public static ActivityLine ToProto(this DomainLine line)
    {
        var proto = new ActivityLine();
        foreach (var (field, wire) in Fields)
            if (field.Get(line) is { } value) wire.Accessor.SetValue(proto, value);
        return proto;
    }

    public static DomainLine ToLine(this ActivityLine proto)
    {
        var values = new object?[Fields.Length];
        for (var i = 0; i < Fields.Length; i++)
            if (Fields[i].Proto is var wire && (!wire.HasPresence || wire.Accessor.HasValue(proto))) values[i] = wire.Accessor.GetValue(proto);
        return ActivityLineFields.FromValues(values);
    }
}
