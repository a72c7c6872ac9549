using CarbonPlatform.Identity.People;

namespace CarbonPlatform.Identity.Tests;

/// <summary>User names a person cannot tell apart on screen are one name, or refused.</summary>
public sealed class UserNameTests
{
    [Theory]
    [InlineData("ａｄｍｉｎ@park.demo", "admin@park.demo")]
    [InlineData(" Admin@Park.Demo ", "admin@park.demo")]
    [InlineData("ﬁnance@park.demo", "finance@park.demo")]
    public void Names_are_compared_in_nfkc_lower_case(string typed, string stored) => Assert.Equal(stored, UserNames.Normalize(typed));

    [Theory]
    [InlineData("ad\u200Bmin@park.demo")]
    [InlineData("admin\u202E@park.demo")]
    [InlineData("ad min@park.demo")]
    [InlineData("аdmin@park.demo")]
    [InlineData("pаypal")]
    [InlineData("\u3164admin")]
    public void Invisible_characters_spaces_and_mixed_look_alike_scripts_are_refused(string name) => Assert.NotNull(UserNames.Refusal(name));

    [Theory]
    [InlineData("admin@park.demo")]
    [InlineData("张伟@park.demo")]
    [InlineData("иван")]
    public void Names_in_one_script_are_accepted(string name) => Assert.Null(UserNames.Refusal(name));
}
