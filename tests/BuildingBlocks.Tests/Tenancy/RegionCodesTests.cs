using CarbonPlatform.BuildingBlocks.Tenancy;

namespace CarbonPlatform.BuildingBlocks.Tests.Tenancy;

/// <summary>GB/T 2260 region codes: a province ("320000") covers its cities and counties, a city ("320500") its counties.</summary>
public sealed class RegionCodesTests
{
    [Theory]
    [InlineData("320000", "320571")] // Jiangsu covers Suzhou Industrial Park
    [InlineData("320000", "321002")] // ... and every other county of Jiangsu
    [InlineData("320500", "320571")] // Suzhou covers its industrial park
    [InlineData("320500", "320500")] // a city covers its own code
    [InlineData("320571", "320571")] // a county covers itself
    [InlineData("110000", "110105")] // Beijing municipality covers its districts
    public void An_authority_covers_parks_within_its_region(string authority, string park) =>
        Assert.True(RegionCodes.Covers(authority, park));

    [Theory]
    [InlineData("320500", "320100")] // Suzhou does not cover Nanjing
    [InlineData("320500", "320000")] // a city does not cover its province
    [InlineData("320571", "320505")] // a county does not cover a neighbour
    [InlineData("320000", "330106")] // Jiangsu does not cover Zhejiang
    [InlineData("330000", "320571")] // Zhejiang does not cover Jiangsu
    [InlineData("110000", "120101")] // Beijing does not cover Tianjin
    public void An_authority_does_not_cover_parks_outside_its_region(string authority, string park) =>
        Assert.False(RegionCodes.Covers(authority, park));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("000000")]
    public void An_authority_without_a_region_covers_nothing(string? authority) =>
        Assert.False(RegionCodes.Covers(authority, "320571"));

    [Theory]
    [InlineData("320000", "32")]
    [InlineData("320500", "3205")]
    [InlineData("320571", "320571")]
    [InlineData("320100", "3201")]
    public void The_significant_digits_drop_trailing_zero_pairs(string code, string significant) =>
        Assert.Equal(significant, RegionCodes.Significant(code));

    [Theory]
    [InlineData("320571", true)]
    [InlineData("320000", true)]
    [InlineData("110105", true)]
    [InlineData("32057", false)]   // five digits
    [InlineData("3205710", false)] // seven digits
    [InlineData("32O571", false)]  // a letter O
    [InlineData("３２０５７１", false)] // full-width digits are not ASCII
    [InlineData("000000", false)]  // no province
    [InlineData("001234", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_region_code_is_six_ascii_digits_naming_a_province(string? code, bool valid) =>
        Assert.Equal(valid, RegionCodes.IsValid(code));
}
