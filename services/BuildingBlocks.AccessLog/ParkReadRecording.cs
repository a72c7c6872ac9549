using CarbonPlatform.Contracts.AccessLog;
using CarbonPlatform.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CarbonPlatform.BuildingBlocks.AccessLog;

/// <summary>
/// After each request: a successful GET of one park's data by an authenticated caller is noted for the access log. The
/// park is the route's <c>{parkId}</c>, or the one a handler named with <see cref="ParkReads.NoteParkRead"/> when its
/// route does not carry it (an evaluation report, an application).
/// </summary>
internal sealed class ParkReadRecording(RequestDelegate next, ParkReadLog log)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        if (ParkReads.Of(context, DateTimeOffset.UtcNow) is { } read) log.Note(read);
    }
}

public static class ParkReads
{
    private static readonly object ParkKey = new();

    /// <summary>This request reads the data of <paramref name="parkId"/>, though its route does not name the park.</summary>
    public static void NoteParkRead(this HttpContext http, Guid parkId) => http.Items[ParkKey] = parkId;

    /// <summary>Reads through this endpoint are not logged (the access log itself).</summary>
    public static TBuilder ExcludeFromAccessLog<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new NotAccessLogged());

    /// <summary>The read this finished request made, or null when it is not one the access log records.</summary>
    public static ParkDataReadEntry? Of(HttpContext context, DateTimeOffset at)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || context.Response.StatusCode is < 200 or > 299) return null;
        if (context.GetEndpoint() is not RouteEndpoint endpoint || endpoint.Metadata.GetMetadata<NotAccessLogged>() is not null) return null;
        if (context.User.Identity?.IsAuthenticated != true || ParkOf(context) is not { } parkId) return null;
        var caller = context.Caller();
        return new ParkDataReadEntry(parkId, caller.Subject, context.User.FindFirst(PlatformClaims.ClientId)?.Value, caller.OrganizationId,
            caller.OrganizationKind, endpoint.RoutePattern.RawText ?? "", at);
    }

    private static Guid? ParkOf(HttpContext context) =>
        context.Items[ParkKey] is Guid noted ? noted
        : context.Request.RouteValues.TryGetValue("parkId", out var value) && Guid.TryParse(value?.ToString(), out var id) ? id
        : null;

    private sealed class NotAccessLogged;
}
