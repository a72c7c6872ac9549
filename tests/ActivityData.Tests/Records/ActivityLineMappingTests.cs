using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using CarbonPlatform.ActivityData.Data;
using CarbonPlatform.ActivityData.Imports;
using CarbonPlatform.ActivityData.Ledger;
using CarbonPlatform.ActivityData.Records;
using CarbonPlatform.Contracts.Grpc.Common;
using CarbonPlatform.Domain.Requests;
using Google.Protobuf;
using ActivityLine = CarbonPlatform.Domain.Requests.ActivityLine;
using ProtoLine = CarbonPlatform.Contracts.Grpc.Common.ActivityLine;

namespace CarbonPlatform.ActivityData.Tests.Records;

/// <summary>
/// The activity line is the one definition: every property of <see cref="ActivityLine"/> is in its field list and survives
/// each mapping (record, wire, ledger values, import columns, API view) with a value of its own, so a field added to the
/// line and forgotten in a mapping fails here.
/// </summary>
public sealed class ActivityLineMappingTests
{
    private static readonly PropertyInfo[] LineProperties = typeof(ActivityLine).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    private static string JsonName(PropertyInfo p) => JsonNamingPolicy.CamelCase.ConvertName(p.Name);

    /// <summary>A line with every field set, each to a value no other field has and none a default.</summary>
    private static ActivityLine EveryFieldSet()
    {
        var line = new ActivityLine();
        for (var i = 0; i < LineProperties.Length; i++)
        {
            var p = LineProperties[i];
            var type = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
            object value = type == typeof(string) ? $"{JsonName(p)}-{i}"
                : type == typeof(double) ? i + 0.25
                : type == typeof(int) ? i + 1
                : type == typeof(bool) ? true
                : type == typeof(ActivityKind) ? ActivityKind.Offset
                : throw new InvalidOperationException($"No test value for {p.Name} of type {type.Name}: add one here.");
            p.SetValue(line, value);
        }
        return line;
    }

    [Fact]
    public void Every_property_of_the_line_is_in_its_field_list_in_the_line_s_order()
    {
        Assert.Equal(LineProperties.Select(JsonName), ActivityLineFields.All.Select(f => f.Name));
    }

    [Fact]
    public void The_field_list_reads_and_gives_every_field()
    {
        var line = EveryFieldSet();

        Assert.Equal(LineProperties.Length, ActivityLineFields.Present(line).Count());
        Assert.Equal(line, ActivityLineFields.FromValues([.. ActivityLineFields.All.Select(f => f.Get(line))]));
    }

    [Fact]
    public void A_line_round_trips_through_its_record()
    {
        var line = EveryFieldSet();

        var record = line.ToRecord(Guid.NewGuid(), 2024, Guid.NewGuid(), DateTime.UtcNow);

        Assert.Equal(line, record.ToLine());
        Assert.Equal(line, new ActivityRecord { LineId = line.Id!, Kind = "", Unit = "" }.Take(line, Guid.NewGuid(), DateTime.UtcNow).ToLine());
    }

    [Fact]
    public void A_line_round_trips_through_the_wire()
    {
        var line = EveryFieldSet();

        var bytes = line.ToProto().ToByteArray();

        Assert.Equal(line, ProtoLine.Parser.ParseFrom(bytes).ToLine());
    }

    [Fact]
    public void An_absent_optional_field_stays_absent_on_the_wire()
    {
        var line = new ActivityLine { Id = "e-1", Kind = ActivityKind.PurchasedElectricity, Quantity = 10, Unit = "MWh" };

        var proto = line.ToProto();

        Assert.False(proto.HasFuel);
        Assert.False(proto.HasCategory);
        Assert.False(proto.HasInternationalBunker);
        Assert.Equal(line, proto.ToLine());
    }

    [Fact]
    public void The_ledger_values_hold_every_field_but_the_id()
    {
        var line = EveryFieldSet();
        var record = line.ToRecord(Guid.NewGuid(), 2024, Guid.NewGuid(), DateTime.UtcNow);

        var values = JsonNode.Parse(LineValues.Canonical(record))!.AsObject();

        Assert.Equal(LineProperties.Select(JsonName).Where(n => n != "id").Order(StringComparer.Ordinal), values.Select(v => v.Key));
        Assert.All(ActivityLineFields.All.Where(f => f.Name != "id"), f => Assert.Equal(JsonValue.Create(f.Get(line))!.ToJsonString(), values[f.Name]!.ToJsonString()));
    }

    [Fact]
    public void The_ledger_text_of_a_full_line_is_unchanged()
    {
        var record = new ActivityRecord
        {
            LineId = "L-1", Kind = "scope3", Quantity = 1.5, Unit = "t", Fuel = "fuel-x", Direction = "input", Ncv = 0.25, CarbonContent = 0.0275,
            OxidationRate = 0.98, InternationalBunker = true, Carbonate = "caco3", CalcinationFraction = 0.5, Product = "clinker",
            EmissionFactor = 2.75, Gas = "ch4", Source = "fossil", Instrument = "gec", Category = 4, SinkType = "forest", Serial = "S-9",
        };

        const string Expected = """
            {"calcinationFraction":0.5,"carbonContent":0.0275,"carbonate":"caco3","category":4,"direction":"input","emissionFactor":2.75,"fuel":"fuel-x","gas":"ch4","instrument":"gec","internationalBunker":true,"kind":"scope3","ncv":0.25,"oxidationRate":0.98,"product":"clinker","quantity":1.5,"serial":"S-9","sinkType":"forest","source":"fossil","unit":"t"}
            """;
        Assert.Equal(Expected, LineValues.Canonical(record));
    }

    [Fact]
    public void A_stored_kind_that_is_no_kind_shows_in_the_ledger_values()
    {
        var record = new ActivityRecord { LineId = "x-1", Kind = "not-a-kind", Quantity = 1, Unit = "t" };

        Assert.Equal("""{"kind":"not-a-kind","quantity":1,"unit":"t"}""", LineValues.Canonical(record));
    }

    [Fact]
    public void Every_field_of_the_line_is_an_import_column_of_its_type()
    {
        Assert.All(ActivityLineFields.All, f => Assert.Equal(f.Type, ImportColumns.Find(f.Name)?.Type));
    }

    [Fact]
    public void The_api_s_view_and_input_carry_every_field_of_the_line()
    {
        var line = EveryFieldSet();
        var view = line.ToRecord(Guid.NewGuid(), 2024, Guid.NewGuid(), DateTime.UtcNow).View();

        Assert.All(LineProperties, p => Assert.Equal(p.GetValue(line), typeof(ActivityRecordView).GetProperty(p.Name)?.GetValue(view)));
        Assert.All(LineProperties, p => Assert.NotNull(typeof(ActivityLineInput).GetProperty(p.Name)));
    }
}
