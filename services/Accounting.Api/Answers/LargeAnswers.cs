namespace CarbonPlatform.Accounting.Answers;

/// <summary>
/// An inventory with full lineage is several MiB (5.3 MiB for 10,000 lines). Kestrel's response buffer is 64 KiB by
/// default, so the writer waited for the socket to drain some 85 times per answer; a larger buffer lets it write on
/// while the bytes go out. Set <c>Kestrel:Limits:MaxResponseBufferSize</c> to choose another size.
/// </summary>
public static class LargeAnswers
{
    public const long ResponseBufferBytes = 1024 * 1024;

    public static WebApplicationBuilder AddLargeAnswers(this WebApplicationBuilder builder)
    {
        if (builder.Configuration["Kestrel:Limits:MaxResponseBufferSize"] is null)
            builder.WebHost.ConfigureKestrel(o => o.Limits.MaxResponseBufferSize = ResponseBufferBytes);
        return builder;
    }
}
