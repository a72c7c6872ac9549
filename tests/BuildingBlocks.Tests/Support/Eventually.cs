namespace CarbonPlatform.BuildingBlocks.Tests.Support;

public static class Eventually
{
    /// <summary>Waits for something asynchronous (a relay, a consumer) to have happened; fails the test if it never does.</summary>
    public static async Task Until(Func<Task<bool>> condition, string what, int timeoutMs = 20_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out after {timeoutMs} ms waiting until {what}.");
            await Task.Delay(25);
        }
    }

    public static Task Until(Func<bool> condition, string what, int timeoutMs = 20_000) =>
        Until(() => Task.FromResult(condition()), what, timeoutMs);
}
