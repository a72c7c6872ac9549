using System.Net;
using CarbonPlatform.Client.Models;
using Xunit;

namespace CarbonPlatform.EndToEnd.Tests.Client;

/// <summary>Polling for what arrives by event (access granted, an inventory recomputed, a webhook delivered).</summary>
public static class Eventually
{
    /// <summary>
    /// Reads until a value comes (null means "not yet"); a problem with the <paramref name="notYet"/> status also means
    /// "not yet" (e.g. 404 until the body's access to the park arrives). Fails when time runs out.
    /// </summary>
    public static async Task<T> ValueAsync<T>(Func<Task<T?>> read, HttpStatusCode? notYet = null, TimeSpan? timeout = null) where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        Problem? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await read() is { } value) return value;
            }
            catch (Problem problem) when (notYet is { } status && problem.ResponseStatusCode == (int)status)
            {
                last = problem;
            }
            await Task.Delay(250);
        }
        Assert.Fail($"No value in time{(last is null ? "" : $"; last answer {last.ResponseStatusCode} {last.Title}")}.");
        return null!;
    }
}
