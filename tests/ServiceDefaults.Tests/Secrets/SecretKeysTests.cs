using CarbonPlatform.ServiceDefaults.Secrets;

namespace CarbonPlatform.ServiceDefaults.Tests.Secrets;

public sealed class SecretKeysTests
{
    [Theory]
    [InlineData("ConnectionStrings--identity", "ConnectionStrings:identity")]
    [InlineData("ConnectionStrings__identity", "ConnectionStrings:identity")]
    [InlineData("Identity--Portal__ClientSecret", "Identity:Portal:ClientSecret")]
    [InlineData("client-secret", "client-secret")]
    public void Double_dashes_and_underscores_stand_for_the_section_separator(string key, string expected) =>
        Assert.Equal(expected, SecretKeys.ToConfigurationKey(key));

    [Fact]
    public void Two_secrets_giving_one_key_different_values_are_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SecretKeys.ToConfiguration("carbon", new Dictionary<string, Dictionary<string, string>>
        {
            ["one"] = new() { ["RabbitMq__Url"] = "amqp://a" },
            ["two"] = new() { ["RabbitMq--Url"] = "amqp://b" },
        }));
        Assert.Contains("'one' and 'two'", error.Message);
    }
}
