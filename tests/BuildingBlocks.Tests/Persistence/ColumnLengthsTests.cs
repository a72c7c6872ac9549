using CarbonPlatform.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.BuildingBlocks.Tests.Persistence;

public sealed class ColumnLengthsTests
{
    [Fact]
    public void A_column_named_for_a_platform_word_takes_its_length()
    {
        var lengths = LengthsOf(e => { });

        Assert.Equal(200, lengths[nameof(Filing.ApprovedBy)]);
        Assert.Equal(6, lengths[nameof(Filing.ParkRegionCode)]);
        Assert.Equal(80, lengths[nameof(Filing.NewestFactorRelease)]);
        Assert.Equal(64, lengths[nameof(Filing.RequestHash)]);
        Assert.Equal(1000, lengths[nameof(Filing.CancellationReason)]);
    }

    [Fact]
    public void A_column_whose_entity_gives_a_length_keeps_it()
    {
        var lengths = LengthsOf(e => e.Property(x => x.Kind).HasMaxLength(20));

        Assert.Equal(20, lengths[nameof(Filing.Kind)]);
    }

    [Fact]
    public void A_column_of_no_platform_word_stays_unbounded()
    {
        var lengths = LengthsOf(e => { });

        Assert.Null(lengths[nameof(Filing.Comment)]);
        Assert.Null(lengths[nameof(Filing.Year)]);
    }

    private static Dictionary<string, int?> LengthsOf(Action<Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Filing>> configure)
    {
        var model = new ModelBuilder();
        model.Entity<Filing>(e =>
        {
            e.HasKey(x => x.Id);
            foreach (var name in new[] { "ApprovedBy", "ParkRegionCode", "NewestFactorRelease", "RequestHash", "CancellationReason", "Kind", "Comment", "Year" })
                e.Property(name);
            configure(e);
        });
        model.UseColumnLengths();
        return model.Model.FindEntityType(typeof(Filing))!.GetProperties().ToDictionary(p => p.Name, p => p.GetMaxLength());
    }

    private sealed class Filing
    {
        public Guid Id { get; set; }
        public string ApprovedBy { get; set; } = "";
        public string ParkRegionCode { get; set; } = "";
        public string NewestFactorRelease { get; set; } = "";
        public string RequestHash { get; set; } = "";
        public string CancellationReason { get; set; } = "";
        public string Kind { get; set; } = "";
        public string? Comment { get; set; }
        public int Year { get; set; }
    }
}
